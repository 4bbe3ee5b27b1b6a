package dev.parallax.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes article bytes. Order of evidence: a byte-order mark, then the charset an HTML page declares,
 * then strict UTF-8 (which almost never validates by accident), then ICU's statistical detector for
 * undeclared legacy bytes (windows-1252, windows-1256, ...).
 */
public final class CharsetDetection {
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9_.\\-]+)", Pattern.CASE_INSENSITIVE);

    private CharsetDetection() {
    }

    /**
     * Decodes a page a server sent with a charset in its Content-Type header: a byte-order mark still wins
     * (as in browsers), then the header, unless it names a legacy charset for bytes that are valid UTF-8 with
     * non-ASCII letters (a wrong header: servers often add a default one); then as {@link #decode(byte[], boolean)}.
     */
    public static Decoded decode(byte[] bytes, boolean html, String headerCharset) {
        Charset header = headerCharset == null || bomCharset(bytes) != null ? null : charsetNamed(headerCharset);
        if (header == null) {
            return decode(bytes, html);
        }
        if (!header.equals(StandardCharsets.UTF_8) && isStrictUtf8(bytes) && hasNonAscii(bytes)) {
            return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8,
                    "valid UTF-8 despite " + header.name() + " in the server's header");
        }
        int invalid = header.equals(StandardCharsets.UTF_8) ? Utf8Evidence.of(bytes).invalid() : 0;
        return new Decoded(new String(bytes, header), header, "the server's header", invalid);
    }

    /** A charset by name as a browser reads it (ISO-8859-1 as windows-1252), or null when unknown. */
    private static Charset charsetNamed(String name) {
        try {
            Charset cs = Charset.forName(name.strip().replace("\"", ""));
            if (cs.equals(StandardCharsets.ISO_8859_1) || cs.equals(StandardCharsets.US_ASCII)) {
                return Charset.forName("windows-1252");
            }
            return cs;
        } catch (IllegalArgumentException e) { // illegal or unsupported name
            return null;
        }
    }

    public static Decoded decode(byte[] bytes, boolean html) {
        Charset bom = bomCharset(bytes);
        if (bom != null) {
            int skip = bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
            int invalid = bom.equals(StandardCharsets.UTF_8) ? Utf8Evidence.of(bytes).invalid() : 0;
            return new Decoded(new String(bytes, skip, bytes.length - skip, bom), bom, "byte-order mark", invalid);
        }
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return new Decoded(new String(bytes, utf16), utf16, "UTF-16 byte pattern");
        }
        if (html) {
            Charset declared = declaredCharset(bytes);
            if (declared != null) {
                // A page that declares a legacy charset but is valid UTF-8 was re-saved as UTF-8.
                if (!declared.equals(StandardCharsets.UTF_8) && isStrictUtf8(bytes) && hasNonAscii(bytes)) {
                    return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8,
                            "valid UTF-8 despite declared " + declared.name());
                }
                int invalid = declared.equals(StandardCharsets.UTF_8) ? Utf8Evidence.of(bytes).invalid() : 0;
                return new Decoded(new String(bytes, declared), declared, "declared in the page", invalid);
            }
        }
        if (isStrictUtf8(bytes)) {
            return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "valid UTF-8");
        }
        Utf8Evidence utf8 = Utf8Evidence.of(bytes);
        if (utf8.mostlyValid()) { // a few damaged bytes in UTF-8 text: keep the rest right, mark the damage
            return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8,
                    "UTF-8 with " + utf8.invalid() + (utf8.invalid() == 1 ? " invalid byte" : " invalid bytes")
                            + " shown as \uFFFD", utf8.invalid());
        }
        Charset detected = detect(bytes);
        return new Decoded(new String(bytes, detected), detected, "detected");
    }

    static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /**
     * UTF-16 without a BOM. In Latin text one byte of every pair is zero. In another alphabet (Arabic,
     * Cyrillic, Greek, Hebrew) that byte names the script's block instead, so it takes very few values,
     * and the spaces, digits and punctuation put zeros in that position only. Either way the bytes must
     * then decode to text: no broken surrogates, hardly any control characters.
     */
    static Charset utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 8) {
            return null;
        }
        int pairs = n / 2;
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) {
                evenZero++;
            }
            if (b[i + 1] == 0) {
                oddZero++;
            }
        }
        Charset candidate = null;
        if (evenZero > pairs * 0.04 && oddZero <= pairs * 0.01) {
            candidate = StandardCharsets.UTF_16BE;
        } else if (oddZero > pairs * 0.04 && evenZero <= pairs * 0.01) {
            candidate = StandardCharsets.UTF_16LE;
        }
        if (candidate == null) {
            return null;
        }
        int high = candidate == StandardCharsets.UTF_16BE ? 0 : 1;
        if (!fewValues(b, n, high) || !decodesToText(b, n, candidate)) {
            return null;
        }
        return candidate;
    }

    /** True when 4 values or fewer make up 95% of the bytes at every other position from {@code from}. */
    private static boolean fewValues(byte[] b, int n, int from) {
        int[] counts = new int[256];
        for (int i = from; i < n; i += 2) {
            counts[b[i] & 0xFF]++;
        }
        java.util.Arrays.sort(counts);
        int top = counts[255] + counts[254] + counts[253] + counts[252];
        return top >= n / 2 * 0.95;
    }

    private static boolean decodesToText(byte[] b, int n, Charset utf16) {
        String text;
        try {
            text = utf16.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, 0, n)).toString();
        } catch (CharacterCodingException e) {
            // the sample may end inside a surrogate pair: only a broken pair earlier counts against it
            text = new String(b, 0, n, utf16);
            if (text.indexOf('\uFFFD') < text.length() - 1) {
                return false;
            }
        }
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return control <= text.length() / 100;
    }

    static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        String name = m.find() ? m.group(1) : null;
        if (name == null) {
            Matcher x = XML_ENCODING.matcher(head);
            name = x.find() ? x.group(1) : null;
        }
        if (name == null) {
            return null;
        }
        try {
            Charset cs = Charset.forName(name.trim());
            // Browsers read a declared ISO-8859-1 as windows-1252 (WHATWG Encoding); so do we.
            if (cs.equals(StandardCharsets.ISO_8859_1) || cs.equals(StandardCharsets.US_ASCII)) {
                return Charset.forName("windows-1252");
            }
            // A page in UTF-16 cannot declare it in ASCII meta bytes; such a declaration is wrong.
            return cs.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : cs;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    static boolean isStrictUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Valid multi-byte UTF-8 sequences against bytes that fit no sequence. */
    record Utf8Evidence(int valid, int invalid) {
        /**
         * UTF-8 with some damage (a truncated copy, one byte flipped), not a legacy charset: legacy text
         * almost never forms valid multi-byte sequences, so these outnumber the broken bytes clearly.
         */
        boolean mostlyValid() {
            return valid >= 2 && valid >= 4 * invalid;
        }

        static Utf8Evidence of(byte[] b) {
            int valid = 0;
            int invalid = 0;
            int i = 0;
            while (i < b.length) {
                int c = b[i] & 0xFF;
                if (c < 0x80) {
                    i++;
                    continue;
                }
                int length = sequenceLength(b, i);
                if (length > 0) {
                    valid++;
                    i += length;
                } else {
                    invalid++;
                    i++;
                }
            }
            return new Utf8Evidence(valid, invalid);
        }

        /** The length of the well-formed UTF-8 sequence starting at {@code i} (RFC 3629), or 0. */
        private static int sequenceLength(byte[] b, int i) {
            int c = b[i] & 0xFF;
            int length;
            int min = 0x80;
            int max = 0xBF; // the allowed range of the second byte
            if (c >= 0xC2 && c <= 0xDF) {
                length = 2;
            } else if (c >= 0xE0 && c <= 0xEF) {
                length = 3;
                min = c == 0xE0 ? 0xA0 : 0x80;
                max = c == 0xED ? 0x9F : 0xBF;
            } else if (c >= 0xF0 && c <= 0xF4) {
                length = 4;
                min = c == 0xF0 ? 0x90 : 0x80;
                max = c == 0xF4 ? 0x8F : 0xBF;
            } else {
                return 0;
            }
            if (i + length > b.length) {
                return 0;
            }
            int second = b[i + 1] & 0xFF;
            if (second < min || second > max) {
                return 0;
            }
            for (int k = 2; k < length; k++) {
                int next = b[i + k] & 0xFF;
                if (next < 0x80 || next > 0xBF) {
                    return 0;
                }
            }
            return length;
        }
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static Charset detect(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        for (CharsetMatch match : detector.detectAll()) {
            try {
                Charset cs = Charset.forName(match.getName());
                if (cs.equals(StandardCharsets.ISO_8859_1)) {
                    return Charset.forName("windows-1252"); // a superset that also maps 0x80-0x9F
                }
                return cs;
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                // try the next candidate
            }
        }
        return Charset.forName("windows-1252");
    }
}
