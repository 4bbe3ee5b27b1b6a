package dev.parallax.compare;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** One step of a word-level diff from A to B: text kept, taken out of A, or put in by B. */
public record DiffOp(Op op, String text) {
    public enum Op {
        EQUAL, DELETE, INSERT;

        @JsonValue
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
