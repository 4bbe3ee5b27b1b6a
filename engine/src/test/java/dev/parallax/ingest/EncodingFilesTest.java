package dev.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files in the encodings people actually have, none of them declared, read from disk through the loader:
 * the article text must come out exactly as written.
 */
class EncodingFilesTest {
    @TempDir
    Path dir;

    private final ArticleLoader loader = new ArticleLoader();

    private static final String ARABIC_TITLE = "الحكومة تقر الموازنة الجديدة";
    private static final String ARABIC = "أقرت الحكومة يوم الاثنين مشروع الموازنة العامة للعام المقبل بعد نقاش طويل "
            + "في مجلس الوزراء، وقال المتحدث باسمها إن الموازنة تركز على التعليم والصحة والبنية التحتية. "
            + "وأضاف أن العجز سينخفض إلى ثلاثة في المئة من الناتج المحلي بحلول نهاية العام.";
    private static final String FRENCH_TITLE = "Le budget adopté à l’Assemblée";
    private static final String FRENCH = "Le gouvernement a présenté lundi un budget « prudent » : la dépense "
            + "publique progressera de 1,2 % en 2025, a déclaré la ministre, qui a évoqué l’été difficile des "
            + "agriculteurs et les coûts de l’énergie. « Nous tenons nos engagements », a-t-elle ajouté.";
    private static final String CURLY = "The mayor said “we will rebuild” on Monday — and the council’s vote "
            + "followed. Critics called the plan ‘rushed’, citing a €2 million shortfall… and more.";
    private static final String LATIN1 = "Der Bürgermeister erklärte am Montag, dass die Straße nach drei Wochen "
            + "wieder geöffnet wird. Die Anwohner äußerten sich erleichtert über das Ende der Bauarbeiten. "
            + "Señora Muñoz, vecina del barrio, dijo que «la espera fue larga» para todos.";

    private LoadResult.Loaded load(String name, byte[] bytes) throws IOException {
        Path p = Files.write(dir.resolve(name), bytes);
        return assertInstanceOf(LoadResult.Loaded.class, new ArticleLoader().loadFile(p), () -> name);
    }

    private void assertReads(String name, byte[] bytes, String title, String body) throws IOException {
        LoadResult.Loaded l = load(name, bytes);
        assertEquals(title, l.article().title(), name);
        assertEquals(body, l.article().text(), name);
        assertNull(l.warning(), name);
    }

    private static String txt(String title, String body) {
        return title + "\n\n" + body + "\n";
    }

    private static String html(String title, String body) {
        return "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>" + body
                + "</p></article></body></html>";
    }

    @Test
    void undeclaredWindows1256ArabicAsTextAndAsHtml() throws IOException {
        Charset cp1256 = Charset.forName("windows-1256");
        assertReads("ar.txt", txt(ARABIC_TITLE, ARABIC).getBytes(cp1256), ARABIC_TITLE, ARABIC);
        assertReads("ar.html", html(ARABIC_TITLE, ARABIC).getBytes(cp1256), ARABIC_TITLE, ARABIC);
    }

    @Test
    void undeclaredWindows1252KeepsCurlyQuotesDashesAndEuro() throws IOException {
        Charset cp1252 = Charset.forName("windows-1252");
        assertReads("curly.txt", txt("Council backs the plan", CURLY).getBytes(cp1252), "Council backs the plan", CURLY);
        assertReads("fr.txt", txt(FRENCH_TITLE, FRENCH).getBytes(cp1252), FRENCH_TITLE, FRENCH);
        assertReads("curly.html", html("Council backs the plan", CURLY).getBytes(cp1252), "Council backs the plan", CURLY);
    }

    @Test
    void undeclaredLatin1Accents() throws IOException {
        assertReads("de.txt", txt("Straße wieder offen", LATIN1).getBytes(StandardCharsets.ISO_8859_1),
                "Straße wieder offen", LATIN1);
    }

    @Test
    void utf16InBothByteOrdersWithAndWithoutByteOrderMark() throws IOException {
        for (Charset cs : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            String name = cs.name().toLowerCase();
            assertReads(name + "-bom-fr.txt", ("\uFEFF" + txt(FRENCH_TITLE, FRENCH)).getBytes(cs), FRENCH_TITLE, FRENCH);
            assertReads(name + "-fr.txt", txt(FRENCH_TITLE, FRENCH).getBytes(cs), FRENCH_TITLE, FRENCH);
            assertReads(name + "-bom-ar.txt", ("\uFEFF" + txt(ARABIC_TITLE, ARABIC)).getBytes(cs), ARABIC_TITLE, ARABIC);
            // Arabic has no zero byte in most characters: found by the few values of the script byte
            assertReads(name + "-ar.txt", txt(ARABIC_TITLE, ARABIC).getBytes(cs), ARABIC_TITLE, ARABIC);
            assertReads(name + "-ar.html", html(ARABIC_TITLE, ARABIC).getBytes(cs), ARABIC_TITLE, ARABIC);
        }
    }

    @Test
    void invalidUtf8KeepsTheValidTextAndWarnsAboutTheDamagedBytes() throws IOException {
        byte[] good = txt(FRENCH_TITLE, FRENCH).getBytes(StandardCharsets.UTF_8);
        byte[] bad = good.clone();
        int at = (FRENCH_TITLE + "\n\n").getBytes(StandardCharsets.UTF_8).length; // first byte of the body
        bad[at + 2] = (byte) 0xFF; // "Le gouvernement": the space after "Le" becomes a byte no UTF-8 has
        LoadResult.Loaded l = load("damaged.txt", bad);
        assertEquals(FRENCH_TITLE, l.article().title());
        assertEquals("Le\uFFFDgouvernement" + FRENCH.substring("Le gouvernement".length()), l.article().text());
        assertEquals(StandardCharsets.UTF_8, l.decoding().charset());
        assertEquals(dir.resolve("damaged.txt") + ": 1 byte is not valid UTF-8 and shows as \uFFFD; the file may be "
                + "damaged or in another encoding", l.warning());
    }

    @Test
    void utf8CutInTheMiddleOfACharacterLosesOnlyThatCharacter() throws IOException {
        byte[] full = txt(FRENCH_TITLE, "Elle a ajouté : « Nous tenons » et «").getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(full, full.length - 2); // "«" is two bytes, newline one
        LoadResult.Loaded l = load("cut.txt", cut);
        assertEquals("Elle a ajouté : « Nous tenons » et \uFFFD", l.article().text());
        assertEquals(1, l.decoding().invalidBytes());
    }

    @Test
    void legacyTextWithNoValidUtf8IsNotMistakenForDamagedUtf8() throws IOException {
        LoadResult.Loaded l = load("legacy.txt", txt(FRENCH_TITLE, FRENCH).getBytes(Charset.forName("windows-1252")));
        assertEquals(FRENCH, l.article().text());
        assertEquals(Charset.forName("windows-1252"), l.decoding().charset());
    }

    @Test
    void loaderAndCharsetDetectionAgreeOnTheBytes() throws IOException {
        // the same bytes through fromBytes (what the window's drag-and-drop of a page uses) and from disk
        byte[] bytes = txt(ARABIC_TITLE, ARABIC).getBytes(StandardCharsets.UTF_16LE);
        LoadResult.Loaded fromDisk = load("same.txt", bytes);
        LoadResult.Loaded fromMemory = assertInstanceOf(LoadResult.Loaded.class,
                loader.fromBytes(Path.of("same.txt"), bytes));
        assertEquals(fromDisk.article().text(), fromMemory.article().text());
        assertEquals(StandardCharsets.UTF_16LE, fromMemory.decoding().charset());
    }
}
