package dev.parallax.ingest;

/** Recognises files that are not text at all, so the user hears "this is a PDF", not garbled text. */
final class BinarySniffer {
    private BinarySniffer() {
    }

    /** A short description of the binary format ("a PDF document"), or null when the bytes may be text. */
    static String describe(byte[] b) {
        if (startsWith(b, "%PDF")) {
            return "a PDF document";
        }
        if (startsWith(b, "PK\u0003\u0004")) {
            return "a ZIP archive (or a Word/OpenDocument file)";
        }
        if (b.length > 3 && (b[0] & 0xFF) == 0x89 && startsWith(b, 1, "PNG")) {
            return "a PNG image";
        }
        if (b.length > 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8) {
            return "a JPEG image";
        }
        if (startsWith(b, "GIF8")) {
            return "a GIF image";
        }
        if (b.length > 1 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B) {
            return "gzip-compressed data (name it .html.gz or unpack it)";
        }
        if (startsWith(b, "\u007FELF")) {
            return "a program (ELF binary)";
        }
        if (CharsetDetection.bomCharset(b) != null || CharsetDetection.utf16WithoutBom(b) != null) {
            return null;
        }
        // A share, not a single byte, decides: a stray NUL in a saved page is damage to drop, not a verdict.
        int n = Math.min(b.length, 8192);
        int control = 0;
        int nul = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                nul++;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) {
                control++;
            }
        }
        return nul > Math.max(1, n / 200) || control > n / 20 ? "binary data" : null;
    }

    private static boolean startsWith(byte[] b, String magic) {
        return startsWith(b, 0, magic);
    }

    private static boolean startsWith(byte[] b, int offset, String magic) {
        if (b.length < offset + magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if ((b[offset + i] & 0xFF) != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
