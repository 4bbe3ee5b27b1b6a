#!/usr/bin/env python3
"""Writes the long texts of the issue-16 benchmark (docs/benchmarks.md): invented words, so nothing is
copied; the same seed gives the same files.

  long-texts.py DIR   writes DIR/a50k.txt, DIR/b50k.txt (5% of paragraphs dropped, a word inserted in 10%),
                      DIR/a200k.txt and DIR/short.txt (seven paragraphs sharing sentences with a200k)
"""
import os
import random
import sys

rng = random.Random(16)
letters = "abcdefghijklmnopqrstuvwxyz"
words = ["".join(rng.choice(letters) for _ in range(rng.randint(3, 9))) for _ in range(20000)]


def sentence():
    w = [rng.choice(words) for _ in range(rng.randint(5, 9))]
    return " ".join(w).capitalize() + "."


def paragraphs(sentences):
    return [" ".join(sentence() for _ in range(5)) for _ in range(sentences // 5)]


def write(path, paras):
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n\n".join(paras) + "\n")


def main(out):
    os.makedirs(out, exist_ok=True)
    a = paragraphs(50000)
    write(os.path.join(out, "a50k.txt"), a)
    b = []
    for p in a:
        if rng.random() < 0.05:
            continue
        if rng.random() < 0.10:
            parts = p.split(" ")
            parts.insert(rng.randrange(1, len(parts)), rng.choice(words))
            p = " ".join(parts)
        b.append(p)
    write(os.path.join(out, "b50k.txt"), b)
    big = paragraphs(200000)
    write(os.path.join(out, "a200k.txt"), big)
    short = [". ".join(big[rng.randrange(len(big))].split(". ")[:3]) + "." for _ in range(7)]
    write(os.path.join(out, "short.txt"), short)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "target/long-texts")
