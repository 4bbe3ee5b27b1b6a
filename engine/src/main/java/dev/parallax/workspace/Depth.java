package dev.parallax.workspace;

/** How far a comparison goes: wording alone (fast, no model), or wording then meaning (the model decides paraphrases). */
public enum Depth {
    WORDING,
    MEANING
}
