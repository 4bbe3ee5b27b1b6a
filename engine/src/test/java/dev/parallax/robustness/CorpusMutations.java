package dev.parallax.robustness;

import dev.parallax.TestData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Real files from the shared corpus (news text in English and Arabic, saved pages in eleven languages), and
 * the damage files take in the wild: bytes flipped, cut short, junk inserted, ranges lost or repeated, two
 * files spliced, re-encoded in another charset.
 */
final class CorpusMutations {
    /** A corpus file as bytes, with the name that decides whether it is read as HTML. */
    record Sample(String name, byte[] bytes) {
        @Override
        public String toString() {
            return name + " (" + bytes.length + " bytes)";
        }
    }

    /** A sample after a mutation, with what was done, for the report when a property fails. */
    record Mutated(Sample original, String mutation, byte[] bytes) {
        @Override
        public String toString() {
            return original.name() + " / " + mutation + " (" + bytes.length + " bytes)";
        }
    }

    private static List<Sample> samples;

    private CorpusMutations() {
    }

    /**
     * Every 15th BASIL article, every 10th Arabic one, and every 3rd page of each HTML set among those of at
     * most 60 KB (a fifth of them; the large ones cost time per try, not new kinds of damage): about 90 files.
     */
    static synchronized List<Sample> samples() {
        if (samples == null) {
            List<Sample> out = new ArrayList<>();
            every(TestData.corpus("basil-news-triplets").resolve("events"), ".txt", 15, Integer.MAX_VALUE, out);
            every(TestData.corpus("semeval2022-task8-arabic").resolve("pairs"), ".txt", 10, Integer.MAX_VALUE, out);
            every(TestData.corpus("trafilatura-eval").resolve("dev"), ".html.gz", 3, 60_000, out);
            every(TestData.corpus("article-extraction-benchmark").resolve("dev"), ".html.gz", 3, 60_000, out);
            samples = List.copyOf(out);
        }
        return samples;
    }

    private static void every(Path root, String suffix, int step, int maxBytes, List<Sample> out) {
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int seen = 0;
        for (Path f : files) {
            String name = root.relativize(f).toString().replace(".gz", "");
            byte[] bytes;
            try (InputStream raw = Files.newInputStream(f);
                 InputStream in = suffix.endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (bytes.length <= maxBytes && seen++ % step == 0) {
                out.add(new Sample(name, bytes));
            }
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("no " + suffix + " files under " + root);
        }
    }

    static Arbitrary<Sample> sample() {
        return Arbitraries.of(samples());
    }

    static Arbitrary<Mutated> mutated() {
        return Combinators.combine(sample(), sample(), Arbitraries.integers().between(0, 9), Arbitraries.longs())
                .as((s, other, kind, seed) -> mutate(s, other, kind, new Random(seed)));
    }

    private static final String[] JUNK = {"<script>alert(1)</script>", "</textarea>", "\u0000\u0000", "\u001B[2J",
            "<div><div><div>", "</p></div></body>", "“unclosed", "&#xD800;", "\uFEFF", "<!--", "\r\n\r\n"};

    static Mutated mutate(Sample s, Sample other, int kind, Random r) {
        byte[] b = s.bytes();
        int n = b.length;
        return switch (kind) {
            case 0 -> {
                byte[] out = b.clone();
                int flips = 1 + r.nextInt(40);
                for (int i = 0; i < flips && n > 0; i++) {
                    out[r.nextInt(n)] = (byte) r.nextInt(256);
                }
                yield new Mutated(s, flips + " random bytes", out);
            }
            case 1 -> {
                int at = n == 0 ? 0 : r.nextInt(n);
                yield new Mutated(s, "cut at " + at, Arrays.copyOf(b, at));
            }
            case 2 -> {
                int at = n == 0 ? 0 : r.nextInt(n);
                byte[] junk = JUNK[r.nextInt(JUNK.length)].getBytes(StandardCharsets.UTF_8);
                yield new Mutated(s, "junk at " + at, splice(b, at, at, junk));
            }
            case 3 -> {
                int from = n == 0 ? 0 : r.nextInt(n);
                int to = Math.min(n, from + r.nextInt(Math.max(1, n / 3)));
                yield new Mutated(s, "lost " + from + ".." + to, splice(b, from, to, new byte[0]));
            }
            case 4 -> {
                int from = n == 0 ? 0 : r.nextInt(n);
                int to = Math.min(n, from + 1 + r.nextInt(2000));
                byte[] range = Arrays.copyOfRange(b, from, to);
                int times = 2 + r.nextInt(60);
                byte[] repeated = new byte[range.length * times];
                for (int i = 0; i < times; i++) {
                    System.arraycopy(range, 0, repeated, i * range.length, range.length);
                }
                yield new Mutated(s, from + ".." + to + " repeated " + times + " times", splice(b, to, to, repeated));
            }
            case 5 -> {
                int cutA = n == 0 ? 0 : r.nextInt(n);
                int cutB = other.bytes().length == 0 ? 0 : r.nextInt(other.bytes().length);
                byte[] head = Arrays.copyOf(b, cutA);
                byte[] tail = Arrays.copyOfRange(other.bytes(), cutB, other.bytes().length);
                yield new Mutated(s, "head to " + cutA + " + tail of " + other.name() + " from " + cutB,
                        splice(head, head.length, head.length, tail));
            }
            case 6 -> {
                Charset cs = List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, Charset.forName("windows-1252"),
                        Charset.forName("windows-1256"), StandardCharsets.ISO_8859_1).get(r.nextInt(5));
                boolean bom = r.nextBoolean();
                String text = new String(b, StandardCharsets.UTF_8);
                yield new Mutated(s, "re-encoded as " + cs + (bom ? " with BOM" : ""), Documents.encode(text, cs, bom));
            }
            case 7 -> {
                byte[] out = b.clone();
                int from = n == 0 ? 0 : r.nextInt(n);
                int to = Math.min(n, from + r.nextInt(64));
                Arrays.fill(out, from, to, (byte) 0);
                yield new Mutated(s, "zeros at " + from + ".." + to, out);
            }
            case 8 -> {
                int at = n == 0 ? 0 : r.nextInt(n);
                byte[] invalid = {(byte) 0xC3, (byte) 0x28, (byte) 0xE2, (byte) 0x82, (byte) 0xFF, (byte) 0xF0, (byte) 0x9F};
                yield new Mutated(s, "broken UTF-8 at " + at, splice(b, at, at, invalid));
            }
            default -> new Mutated(s, "unchanged", b);
        };
    }

    private static byte[] splice(byte[] b, int from, int to, byte[] insert) {
        byte[] out = new byte[b.length - (to - from) + insert.length];
        System.arraycopy(b, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(b, to, out, from + insert.length, b.length - to);
        return out;
    }
}
