package dev.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetDetectionTest {
    private static final String FRENCH = "Le président a déclaré jeudi que l’économie française résistait "
            + "mieux que prévu, malgré la hausse des coûts de l’énergie et une inflation élevée. « Nous tenons », "
            + "a-t-il ajouté devant les députés réunis à l’Assemblée.";
    private static final String ARABIC = "قال وزير الخارجية إن المحادثات مع نظيره الصيني كانت صريحة وبناءة، "
            + "وإن الجانبين اتفقا على مواصلة الحوار بشأن القضايا الإقليمية والدولية ذات الاهتمام المشترك.";

    @Test
    void undeclaredWindows1252IsDecodedRight() {
        Decoded d = CharsetDetection.decode(FRENCH.replace("’", "'").getBytes(Charset.forName("windows-1252")), false);
        assertEquals(FRENCH.replace("’", "'"), d.text());
    }

    @Test
    void curlyApostrophesInWindows1252SurviveDecoding() {
        // 0x92 is ’ in windows-1252 but a control character in ISO-8859-1: the superset must win.
        Decoded d = CharsetDetection.decode(FRENCH.getBytes(Charset.forName("windows-1252")), false);
        assertEquals(FRENCH, d.text());
    }

    @Test
    void undeclaredLatin1IsDecodedRight() {
        String text = FRENCH.replace("’", "'").replace("«", "\"").replace("»", "\"");
        Decoded d = CharsetDetection.decode(text.getBytes(StandardCharsets.ISO_8859_1), false);
        assertEquals(text, d.text());
    }

    @Test
    void undeclaredWindows1256ArabicIsDecodedRight() {
        Decoded d = CharsetDetection.decode(ARABIC.getBytes(Charset.forName("windows-1256")), false);
        assertEquals(ARABIC, d.text());
    }

    @Test
    void byteOrderMarksDecideAndAreDropped() {
        byte[] utf8 = ("\uFEFF" + ARABIC).getBytes(StandardCharsets.UTF_8);
        assertEquals(ARABIC, CharsetDetection.decode(utf8, false).text());
        byte[] le = ("\uFEFF" + FRENCH).getBytes(StandardCharsets.UTF_16LE);
        assertEquals(FRENCH, CharsetDetection.decode(le, false).text());
        byte[] be = ("\uFEFF" + FRENCH).getBytes(StandardCharsets.UTF_16BE);
        assertEquals(FRENCH, CharsetDetection.decode(be, false).text());
    }

    @Test
    void utf16WithoutByteOrderMarkIsRecognised() {
        assertEquals(FRENCH, CharsetDetection.decode(FRENCH.getBytes(StandardCharsets.UTF_16LE), false).text());
        assertEquals(FRENCH, CharsetDetection.decode(FRENCH.getBytes(StandardCharsets.UTF_16BE), false).text());
    }

    @Test
    void htmlDeclarationIsHonouredForLegacyBytes() {
        String html = "<html><head><meta charset=\"windows-1256\"></head><body><p>" + ARABIC + "</p></body></html>";
        Decoded d = CharsetDetection.decode(html.getBytes(Charset.forName("windows-1256")), true);
        assertTrue(d.text().contains(ARABIC));
        assertEquals("declared in the page", d.how());
    }

    @Test
    void validUtf8WinsOverAWrongLegacyDeclaration() {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
                + "</head><body><p>" + FRENCH + "</p></body></html>";
        Decoded d = CharsetDetection.decode(html.getBytes(StandardCharsets.UTF_8), true);
        assertTrue(d.text().contains(FRENCH));
    }

    @Test
    void invalidUtf8FallsBackWithoutThrowing() {
        byte[] bytes = "caf\u00e9 ".repeat(50).getBytes(StandardCharsets.UTF_8);
        bytes[3] = (byte) 0xC3;
        bytes[4] = (byte) 0x28; // broken sequence
        Decoded d = CharsetDetection.decode(bytes, false);
        assertTrue(d.text().startsWith("caf"));
    }
}
