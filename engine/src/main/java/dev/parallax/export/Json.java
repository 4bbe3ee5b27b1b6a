package dev.parallax.export;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one Jackson configuration every JSON Parallax writes goes through. */
public final class Json {
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    /**
     * For JSON printed on a terminal: the same data, but C1 controls, line and paragraph separators and
     * invisible format characters (bidirectional overrides, zero-width ...) written as {@code \\uXXXX}
     * escapes, so the terminal never receives them raw (JSON itself escapes only C0 controls).
     */
    public static final ObjectWriter TERMINAL = MAPPER.writer().with(new TerminalEscapes());

    private Json() {
    }

    private static final class TerminalEscapes extends CharacterEscapes {
        private final int[] ascii = standardAsciiEscapesForJSON();

        TerminalEscapes() {
            ascii[0x7F] = ESCAPE_STANDARD; // DEL
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            boolean hidden = (ch >= 0x7F && ch <= 0x9F) || ch == 0x2028 || ch == 0x2029
                    || (!Character.isSurrogate((char) ch) && Character.getType(ch) == Character.FORMAT);
            return hidden ? new SerializedString(String.format("\\u%04X", ch)) : null;
        }
    }
}
