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

    public static Decoded decode(byte[] bytes, boolean html) {
        Charset bom = bomCharset(bytes);
        if (bom != null) {
            int skip = bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
            return new Decoded(new String(bytes, skip, bytes.length - skip, bom), bom, "byte-order mark");
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
                return new Decoded(new String(bytes, declared), declared, "declared in the page");
            }
        }
        if (isStrictUtf8(bytes)) {
            return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "valid UTF-8");
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

    /** UTF-16 without a BOM shows as a zero byte in every other position for Latin text. */
    static Charset utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 8) {
            return null;
        }
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
        int pairs = n / 2;
        if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
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
