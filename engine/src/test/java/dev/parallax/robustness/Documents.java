package dev.parallax.robustness;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generated documents for the robustness properties: HTML and plain text built from pieces an article (or
 * an attacker) puts in, in any order and any nesting, balanced or not. Pieces shrink by removal, so a failure
 * comes down to the few pieces that cause it.
 */
final class Documents {
    private Documents() {
    }

    /** Words of several scripts, right-to-left ones included, and names and verbs the quote finder looks for. */
    private static final List<String> WORDS = List.of(
            "the", "council", "said", "told", "reporters", "Minister", "Ana", "Ruiz", "Mr.", "U.S.", "according",
            "to", "percent", "billion", "about", "nearly", "million", "on", "Monday", "he", "she", "they", "it",
            "don't", "workers'", "état", "Zürich", "naïve", "Straße", "ﬁnance",
            "قال", "الوزير", "إن", "المحادثات", "كانت", "صريحة", "في", "العاصمة",
            "שלום", "אמר", "Москва", "заявил", "министр", "Αθήνα", "δήλωσε",
            "北京", "表示", "東京", "発表", "서울", "말했다", "नई", "दिल्ली",
            "😀", "👩‍👩‍👧", "🇺🇦", "e\u0301", "a\u0308\u0323");

    private static final List<String> PUNCTUATION = List.of(
            ". ", "? ", "! ", "… ", ", ", "; ", ": ", " — ", " – ", "-", "(", ")", "[", "]", "/", "...", ".", "?!",
            "\"", "“", "”", "'", "‘", "’", "«", "»", "„", "‹", "›", "「", "」", "\u00A0", "\u200B", "\u200F", "\u202E",
            "\uFEFF", "\uFFFD", "\t", " ");

    private static final List<String> NUMBERS = List.of(
            "70%", "70 percent", "$2.5 billion", "1,000", "3.14", "-5", "1e9", "١٢٣", "Nov. 5, 2024", "5 to 7",
            "between 10 and 12", "99999999999999999999999999", "0.000001", "1.2.3.4", "12:30", "2024-11-05",
            "½", "¾ of", "€3m", "£1,000,000.00", "10-12", "#1", "1st", "3rd");

    /** Characters that are no text: controls, a lone surrogate, the byte-order mark and bidi overrides. */
    private static final List<String> STRAY = List.of(
            "\u0000", "\u0001", "\u0007", "\u0008", "\u000B", "\u001B[31m", "\u001B]0;x\u0007", "\u007F", "\u0085",
            "\u009B", "\uD800", "\uDC00", "\r", "\r\n", "\n", "\n\n", "\u2028", "\u2029");

    private static final List<String> TAGS = List.of(
            "<p>", "</p>", "<div>", "</div>", "<div class=\"article-body\">", "<article>", "</article>", "<main>",
            "<h1>", "</h1>", "<h2>", "</h2>", "<br>", "<br/>", "<hr>", "<span>", "</span>", "<b>", "</i>", "<ul><li>",
            "</li></ul>", "<table><tr><td>", "</td></tr></table>", "<blockquote>", "</blockquote>", "<pre>", "</pre>",
            "<header>", "<nav>", "</nav>", "<footer>", "<aside>", "<figure><figcaption>", "<noscript>", "</noscript>",
            "<template>", "<svg><text>", "</svg>", "<math>", "<textarea>", "</textarea>", "<select><option>",
            "<title>", "</title>", "<head>", "<body>", "</body>", "</html>", "<!DOCTYPE html>", "<!-- ", " -->",
            "<![CDATA[", "]]>", "<?xml version=\"1.0\"?>", "<", ">", "</", "/>", "<p class=", "<a href=\"",
            "<meta charset=\"windows-1256\">", "<meta charset=\"bogus-charset\">", "<meta charset=\"utf-16\">",
            "<meta property=\"og:title\" content=\"A &quot;quoted&quot; title\">", "<meta name=\"author\" content=\"",
            "<time datetime=\"2024-13-45\">", "&amp;", "&lt;", "&#0;", "&#x0;", "&#xD800;", "&#x1F600;", "&#128;",
            "&#27;", "&nbsp;", "&bogus;", "&#99999999;", "&", "&#");

    private static final List<String> CODE = List.of(
            "<script>alert(1)</script>", "<script>document.write('<p>hidden</p>')", "<style>p{display:none}</style>",
            "<iframe src=\"javascript:alert(1)\"></iframe>", "<a href=\"javascript:alert(1)\" onclick=\"alert(2)\">x</a>",
            "<img src=x onerror=alert(1)>", "<body onload=alert(1)>", "<svg onload=alert(1)>",
            "<object data=\"x.swf\"><embed src=\"x.swf\"></object>", "<form action=\"https://evil.example\">",
            "<base href=\"javascript:alert(1)//\">", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "</textarea><script>alert(1)</script>", "javascript:alert(document.cookie)",
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"articleBody\":\"",
            "\"}</script>", "<script type=\"application/ld+json\">{\"@graph\":[{\"articleBody\":[1,{\"x\":null}]}]}</script>",
            "<script type=\"application/ld+json\">{{{{</script>");

    /** A piece of running text: words, punctuation, numbers, stray characters, quotes, in that proportion. */
    static Arbitrary<String> textPiece() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(40, Arbitraries.of(WORDS).map(w -> w + " ")),
                net.jqwik.api.Tuple.of(15, Arbitraries.of(PUNCTUATION)),
                net.jqwik.api.Tuple.of(8, Arbitraries.of(NUMBERS).map(n -> n + " ")),
                net.jqwik.api.Tuple.of(6, Arbitraries.of(STRAY)),
                net.jqwik.api.Tuple.of(6, quotation()),
                net.jqwik.api.Tuple.of(4, Arbitraries.strings().ofMaxLength(12)),
                net.jqwik.api.Tuple.of(1, hugeWord()));
    }

    /** A quotation with an attribution, closed or not: what the quote finder and the aligner work on. */
    private static Arbitrary<String> quotation() {
        Arbitrary<String> words = Arbitraries.of(WORDS).list().ofMinSize(0).ofMaxSize(12).map(l -> String.join(" ", l));
        Arbitrary<String> open = Arbitraries.of("\"", "“", "‘", "«", "'", "„");
        Arbitrary<String> close = Arbitraries.of("\"", "”", "’", "»", "'", "“", "");
        Arbitrary<String> who = Arbitraries.of("", " the mayor said. ", " said Ana Ruiz, the minister. ", " he told reporters. ",
                " according to officials. ", ", قال الوزير. ");
        return Combinators.combine(open, words, close, who).as((o, w, c, s) -> o + w + c + s);
    }

    /** One word far longer than any real one (a URL, a base64 blob, a run of one letter). */
    private static Arbitrary<String> hugeWord() {
        return Combinators.combine(Arbitraries.of("a", "ab", "9", "ش", "—", ".", "\"", "😀"),
                Arbitraries.integers().between(200, 6_000)).as((unit, n) -> unit.repeat(n / unit.length()) + " ");
    }

    /** Markup pieces: tags (balanced or not), entities, code, and text. */
    private static Arbitrary<String> htmlPiece() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(50, textPiece()),
                net.jqwik.api.Tuple.of(30, Arbitraries.of(TAGS)),
                net.jqwik.api.Tuple.of(10, Arbitraries.of(CODE)),
                net.jqwik.api.Tuple.of(1, deepNesting()));
    }

    /** Elements nested far deeper than any page: recursive walks over the DOM must not overflow the stack. */
    private static Arbitrary<String> deepNesting() {
        return Combinators.combine(Arbitraries.of("div", "span", "p", "blockquote", "b", "table"),
                Arbitraries.integers().between(100, 3000)).as((tag, n) -> ("<" + tag + ">").repeat(n) + "deep text "
                + ("</" + tag + ">").repeat(n / 2));
    }

    static Arbitrary<String> html() {
        return htmlPiece().list().ofMaxSize(80).map(pieces -> String.join("", pieces));
    }

    static Arbitrary<String> text() {
        return textPiece().list().ofMaxSize(100).map(pieces -> String.join("", pieces));
    }

    /** How a generated document is written to disk: the charsets people save files in, with and without BOM. */
    static Arbitrary<Charset> charsets() {
        return Arbitraries.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
                Charset.forName("windows-1252"), Charset.forName("windows-1256"), StandardCharsets.ISO_8859_1);
    }

    static byte[] encode(String text, Charset charset, boolean bom) {
        String withBom = bom && charset.name().startsWith("UTF") ? "\uFEFF" + text : text;
        return withBom.getBytes(charset);
    }
}
