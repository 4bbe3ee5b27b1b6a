package dev.parallax.ingest.extract;

import dev.parallax.text.Languages;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import dev.parallax.article.Article;
import dev.parallax.article.Block;
import dev.parallax.article.Metadata;
import dev.parallax.text.Printable;

/**
 * Joins an extraction's body blocks into the article text all offsets refer to: whitespace inside a block
 * collapsed to single spaces, blocks separated by a blank line.
 */
public final class ArticleAssembler {
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000\\uFEFF]+");
    private static final String BLOCK_SEPARATOR = "\n\n";

    private ArticleAssembler() {
    }

    public static Article assemble(String path, Extraction extraction) {
        StringBuilder text = new StringBuilder();
        List<Block> blocks = new ArrayList<>();
        for (BodyBlock b : extraction.body()) {
            String clean = clean(b.text());
            if (clean.isEmpty()) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append(BLOCK_SEPARATOR);
            }
            int start = text.length();
            text.append(clean);
            blocks.add(new Block(b.kind(), start, text.length()));
        }
        String body = text.toString();
        String title = extraction.title() == null ? null : clean(extraction.title());
        if (title != null && title.isEmpty()) {
            title = null;
        }
        String language = Languages.detect(body.isEmpty() && title != null ? title : body);
        List<String> removed = extraction.removed().stream().map(Printable::stripControls).toList();
        Metadata m = extraction.metadata();
        Metadata metadata = new Metadata(Printable.stripControls(m.byline()), Printable.stripControls(m.date()),
                Printable.stripControls(m.publisher()), Printable.stripControls(m.url()),
                m.authors().stream().map(Printable::stripControls).toList(), Printable.stripControls(m.modified()),
                m.notes().stream().map(Printable::stripControls).toList(), m.web());
        // What the reader should know: how the body was found, and what the metadata had to leave out.
        List<String> notices = new java.util.ArrayList<>(extraction.notices());
        notices.addAll(m.notes());
        return new Article(path, title, body, blocks, removed, language, metadata,
                notices.stream().distinct().map(Printable::stripControls).toList());
    }

    /** True when {@link #clean} would leave nothing: only white space of any kind and control characters. */
    public static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u200B' && c != '\uFEFF'
                    && !Printable.isStrayControl(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whitespace of every kind (including no-break and zero-width spaces) collapsed to one space, trimmed,
     * and stray control characters (ESC, NUL, ...) dropped: they are never article text, and printed they
     * would drive the terminal.
     */
    public static String clean(String s) {
        return SPACE.matcher(Printable.stripControls(s)).replaceAll(" ").strip();
    }
}
