package dev.parallax.compare;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How closely two aligned passages agree in wording, from closest to loosest. */
public enum MatchKind {
    /** The same words (case, quote marks and spacing aside). */
    IDENTICAL,
    /** The same sentence edited: most words kept, or long verbatim runs with a clause added or cut ({@link Closeness}). */
    NEAR,
    /** The same content in different words. */
    PARAPHRASE;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
