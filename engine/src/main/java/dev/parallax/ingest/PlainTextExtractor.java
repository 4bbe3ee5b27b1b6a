package dev.parallax.ingest;

import com.ibm.icu.lang.UScript;
import dev.parallax.text.Languages;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import dev.parallax.article.Metadata;
import dev.parallax.ingest.extract.BodyBlock;
import dev.parallax.ingest.extract.ChromeLexicon;
import dev.parallax.ingest.extract.Extraction;

/**
 * Separates an article from the site chrome around it in a plain-text file (a page saved as text, a copy
 * from a browser). The body is the run from the first to the last prose block in the document's main
 * script; short lines before it are the title and chrome, short lines inside it are subheadings, and
 * everything after it is chrome. A block in another script than the article's (Arabic navigation around
 * an English report) is never prose.
 */
public final class PlainTextExtractor {
    /** Blocks from which their features are computed in parallel (a long plain-text file). */
    private static final int PARALLEL_BLOCKS = 1_000;
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00A0\\u200B\\u3000]*\\n");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern TERMINAL = Pattern.compile("[.!?…。؟۔।:;][\"'”’»)\\]]*\\s*$");
    private static final Pattern BYLINE = Pattern.compile("(?iu)^(by|von|par|por|di|door|av|przez)\\s+\\p{Lu}.{1,80}$");
    /** Prose has at least this many words; shorter blocks must also end like a sentence. */
    private static final int PROSE_WORDS = 8;
    private static final int HEADING_MAX_WORDS = 20;
    private static final int TITLE_MAX_WORDS = 30;
    /** Menu separators: a line with several of them is navigation, not a headline. */
    private static final Pattern NAVIGATION = Pattern.compile("\\s[|•·›»/>]\\s");
    private static final Pattern HEADLINE_END = Pattern.compile("([?!]|\\b\\p{Lu}\\.)[\"'”’»)]*\\s*$");

    public Extraction extract(String raw) {
        // Unicode's own separators count as what they say: U+2029 ends a paragraph, U+2028 and NEL a line.
        String text = raw.replace("\r\n", "\n").replace('\r', '\n').replace("\u2029", "\n\n")
                .replace('\u2028', '\n').replace('\u0085', '\n');
        List<String> blocks = splitBlocks(text);
        int script = mainScript(blocks);
        // Features are per block and pure: a text of thousands of paragraphs is read on every core.
        List<Features> features = (blocks.size() >= PARALLEL_BLOCKS ? blocks.parallelStream() : blocks.stream())
                .map(b -> features(b, script)).toList();

        int first = -1;
        int last = -1;
        for (int i = 0; i < features.size(); i++) {
            if (features.get(i).prose()) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            return withoutProse(blocks, features);
        }
        // A headline that reads like a sentence ("Will It Last?") opens the text: it is the title.
        if (first + 1 <= last && features.get(first).titleLike() && features.get(first).text().length() < 200
                && titleBefore(features, first) < 0) {
            first++;
            while (!features.get(first).prose()) {
                first++;
            }
        }
        // A short closing paragraph ("No one was hurt.") is still body, up to the first chrome.
        while (last + 1 < features.size() && features.get(last + 1).sentenceLike()) {
            last++;
        }

        List<String> removed = new ArrayList<>();
        String title = null;
        String byline = null;
        int titleIndex = titleBefore(features, first);
        for (int i = 0; i < first; i++) {
            String b = blocks.get(i);
            if (i == titleIndex) {
                title = b;
            } else if (byline == null && i > titleIndex && BYLINE.matcher(b.strip()).matches()) {
                byline = b.strip();
                removed.add(b);
            } else {
                removed.add(b);
            }
        }

        List<BodyBlock> body = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            Features f = features.get(i);
            String b = blocks.get(i);
            if (f.prose() || f.sentenceLike()) {
                body.add(BodyBlock.paragraph(b));
            } else if (f.chrome() || f.script() != script) {
                removed.add(b);
            } else if (f.headingLike()) {
                body.add(BodyBlock.heading(b));
            } else {
                body.add(BodyBlock.paragraph(b));
            }
        }
        for (int i = last + 1; i < blocks.size(); i++) {
            removed.add(blocks.get(i));
        }
        return new Extraction(title, body, removed, new Metadata(byline, null, null, null));
    }

    /** A document with no prose at all (a list, a poem): keep all but chrome, first line as title. */
    private static Extraction withoutProse(List<String> blocks, List<Features> features) {
        List<BodyBlock> body = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        String title = null;
        for (int i = 0; i < blocks.size(); i++) {
            if (features.get(i).chrome()) {
                removed.add(blocks.get(i));
            } else if (title == null && features.get(i).headingLike() && i + 1 < blocks.size()) {
                title = blocks.get(i);
            } else {
                body.add(BodyBlock.paragraph(blocks.get(i)));
            }
        }
        return new Extraction(title, body, removed, Metadata.NONE);
    }

    /**
     * The title: the first headline-like block before the body in the article's script; navigation
     * lines and bylines are skipped. Headlines may end in "?", "!" or an abbreviation ("G.O.P.").
     */
    private static int titleBefore(List<Features> features, int first) {
        for (int i = 0; i < first; i++) {
            Features f = features.get(i);
            if (f.titleLike() && !f.chrome() && f.script() == features.get(first).script()
                    && !BYLINE.matcher(f.text().strip()).matches()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Blank lines separate blocks. Inside a block, lines are separate paragraphs unless the text is
     * hard-wrapped, or a line stops mid-sentence and the next goes on in lower case.
     */
    static List<String> splitBlocks(String text) {
        List<String> out = new ArrayList<>();
        for (String chunk : BLANK_LINE.split(text)) {
            List<String> lines = chunk.lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.chars().allMatch(c -> Character.isWhitespace(c) || c == '\u00A0'))
                    .toList();
            if (lines.isEmpty()) {
                continue;
            }
            boolean wrapped = isHardWrapped(lines);
            StringBuilder current = new StringBuilder(lines.get(0));
            for (int i = 1; i < lines.size(); i++) {
                String previous = lines.get(i - 1);
                String line = lines.get(i);
                boolean continues = wrapped
                        || !TERMINAL.matcher(previous).find() && Character.isLowerCase(line.codePointAt(0));
                if (continues) {
                    current.append(' ').append(line);
                } else {
                    out.add(current.toString());
                    current.setLength(0);
                    current.append(line);
                }
            }
            out.add(current.toString());
        }
        return out;
    }

    /** Hard-wrapped prose: three or more lines of similar width, most of them stopping mid-sentence. */
    private static boolean isHardWrapped(List<String> lines) {
        if (lines.size() < 3) {
            return false;
        }
        List<String> inner = lines.subList(0, lines.size() - 1);
        long even = inner.stream().filter(l -> l.length() >= 40 && l.length() <= 100).count();
        long stops = inner.stream().filter(l -> TERMINAL.matcher(l).find()).count();
        return even >= inner.size() * 0.8 && stops < inner.size() * 0.5;
    }

    /** The script most of the text is written in, weighted by block length so the article outweighs chrome. */
    private static int mainScript(List<String> blocks) {
        StringBuilder sample = new StringBuilder();
        blocks.stream().sorted((a, b) -> Integer.compare(b.length(), a.length())).limit(20).forEach(sample::append);
        return Languages.dominantScript(sample);
    }

    private static Features features(String block, int mainScript) {
        int words = (int) WORD.matcher(block).results().count();
        int script = Languages.dominantScript(block);
        if (script == UScript.COMMON) {
            script = mainScript; // digits and punctuation only: no script of its own
        }
        boolean terminal = TERMINAL.matcher(block).find();
        boolean chrome = ChromeLexicon.isChrome(block);
        boolean prose = !chrome && script == mainScript && (words >= PROSE_WORDS && terminal || words >= 25);
        boolean headingLike = !terminal && words >= 1 && words <= HEADING_MAX_WORDS;
        boolean navigation = NAVIGATION.matcher(block).results().count() >= 2;
        boolean titleLike = !navigation && words >= 2 && words <= TITLE_MAX_WORDS
                && (!terminal || HEADLINE_END.matcher(block).find());
        boolean sentenceLike = !chrome && !navigation && script == mainScript && terminal && words >= 2
                && Character.isUpperCase(block.codePointAt(0)) == Character.isLetter(block.codePointAt(0));
        return new Features(block, words, script, prose, chrome, headingLike, titleLike, sentenceLike);
    }

    private record Features(String text, int words, int script, boolean prose, boolean chrome, boolean headingLike,
                            boolean titleLike, boolean sentenceLike) {
    }
}
