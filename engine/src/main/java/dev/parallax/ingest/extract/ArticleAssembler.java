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
    /** Blocks from which they are cleaned in parallel. */
    private static final int PARALLEL_BLOCKS = 1_000;

    private ArticleAssembler() {
    }

    public static Article assemble(String path, Extraction extraction) {
        StringBuilder text = new StringBuilder();
        List<Block> blocks = new ArrayList<>();
        List<BodyBlock> parts = extraction.body();
        // Cleaning is per block and pure: a long plain text's tens of thousands of blocks use every core.
        List<String> cleaned = (parts.size() >= PARALLEL_BLOCKS ? parts.parallelStream() : parts.stream())
                .map(b -> clean(b.text())).toList();
        for (int i = 0; i < parts.size(); i++) {
            BodyBlock b = parts.get(i);
            String clean = cleaned.get(i);
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
        String kept = Printable.stripControls(s);
        StringBuilder out = null; // made at the first run of spaces that is not one plain space
        int copied = 0;
        for (int i = 0; i < kept.length(); ) {
            if (!isSpace(kept.charAt(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < kept.length() && isSpace(kept.charAt(end))) {
                end++;
            }
            if (end - i > 1 || kept.charAt(i) != ' ') {
                if (out == null) {
                    out = new StringBuilder(kept.length());
                }
                out.append(kept, copied, i).append(' ');
                copied = end;
            }
            i = end;
        }
        if (out != null) {
            kept = out.append(kept, copied, kept.length()).toString();
        }
        return kept.strip();
    }

    /** What {@link #SPACE} matches, one char at a time: a loop, since a long text is megabytes of it. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0'
                || c >= '\u2000' && c <= '\u200B' || c == '\u202F' || c == '\u205F' || c == '\u3000' || c == '\uFEFF';
    }

    /** The regular-expression form of {@link #clean}, kept as the definition the loop is tested against. */
    static String cleanByPattern(String s) {
        return SPACE.matcher(Printable.stripControls(s)).replaceAll(" ").strip();
    }
}
