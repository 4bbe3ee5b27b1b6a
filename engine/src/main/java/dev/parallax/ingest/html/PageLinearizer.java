package dev.parallax.ingest.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Flattens a cleaned DOM into {@link TextBlock}s in one iterative walk (no recursion, so a hostile page
 * nested ten thousand levels deep costs time linear in its size, not a stack overflow). Per-element facts
 * (inside a link, a heading, hidden markup, chrome) are kept on stacks instead of looked up per node.
 */
final class PageLinearizer implements NodeVisitor {
    /** Stands for {@code <br>} until the block is finished, so it survives whitespace collapsing. */
    private static final char BREAK = '\u2028';
    /** White space of every width (no-break spaces included, as Polish and French typography use them). */
    private static final Pattern SPACES = Pattern.compile("[\\s\u00A0\u2000-\u200A\u202F\u205F\u3000&&[^\u2028]]+");
    private static final Pattern DOUBLE_BREAK = Pattern.compile("\u2028\\s*\u2028[\\s\u2028]*");
    private static final int F_BLOCK = 1;
    private static final int F_HIDDEN = 2;
    private static final int F_LINK = 4;
    private static final int F_PRE = 8;
    private static final int F_HEADING = 16;
    private static final int F_COLLAPSED = 32;

    private final List<TextBlock> blocks = new ArrayList<>();
    private final List<Element> elements = new ArrayList<>();
    private final List<int[]> shape = new ArrayList<>(); // parent, depth, firstBlock, endBlock
    private final List<ElementHints.Hint> hints = new ArrayList<>();
    private final Deque<Integer> open = new ArrayDeque<>();
    private final Deque<Integer> chromeDepth = new ArrayDeque<>();
    private final Deque<Integer> flags = new ArrayDeque<>();
    private final Deque<Integer> headings = new ArrayDeque<>();
    private int hidden;
    private int collapsed;
    private int link;
    private int pre;
    private final StringBuilder text = new StringBuilder();
    private int chars;
    private int linkChars;
    private final StringBuilder hiddenText = new StringBuilder();

    private PageLinearizer() {
    }

    static PageLayout linearize(Element root) {
        PageLinearizer walker = new PageLinearizer();
        NodeTraversor.traverse(walker, root);
        walker.flush();
        List<PageLayout.Node> nodes = new ArrayList<>(walker.elements.size());
        for (int i = 0; i < walker.elements.size(); i++) {
            int[] s = walker.shape.get(i);
            nodes.add(new PageLayout.Node(walker.elements.get(i), s[0], s[1], walker.hints.get(i), s[2], s[3]));
        }
        return new PageLayout(List.copyOf(walker.blocks), nodes);
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            String s = t.getWholeText();
            if (hidden > 0) {
                hiddenText.append(s);
                return;
            }
            int n = nonSpace(s);
            text.append(s);
            chars += n;
            if (link > 0) {
                linkChars += n;
            }
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        String tag = e.normalName();
        int f = 0;
        if (tag.equals("br")) {
            (hidden > 0 ? hiddenText : text).append(pre > 0 ? '\n' : BREAK);
        } else if (ElementHints.isBlock(tag)) {
            flush();
            ElementHints.Hint hint = ElementHints.of(e);
            int index = elements.size();
            int parent = open.isEmpty() ? -1 : open.peek();
            elements.add(e);
            shape.add(new int[] {parent, open.size(), blocks.size(), -1});
            hints.add(hint);
            open.push(index);
            int outer = chromeDepth.isEmpty() || ElementHints.isEmbeddedPost(e) ? -1 : chromeDepth.peek();
            chromeDepth.push(hint == ElementHints.Hint.CHROME ? open.size() - 1 : outer);
            f |= F_BLOCK;
            if (hint == ElementHints.Hint.HIDDEN) {
                f |= F_HIDDEN;
            } else if (hint == ElementHints.Hint.COLLAPSED) {
                f |= F_COLLAPSED;
            }
        } else {
            // Inside a paragraph, hidden words (a hover card, a label) are never the article's continuation.
            ElementHints.Hint hint = ElementHints.of(e);
            if (hint == ElementHints.Hint.HIDDEN || hint == ElementHints.Hint.COLLAPSED) {
                f |= F_HIDDEN;
            }
        }
        if ((f & F_COLLAPSED) != 0) {
            collapsed++;
        }
        if ((f & F_HIDDEN) != 0) {
            hidden++;
        }
        if (tag.equals("a")) {
            f |= F_LINK;
            link++;
        } else if (tag.equals("pre")) {
            f |= F_PRE;
            pre++;
        } else if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
            f |= F_HEADING;
            headings.push(tag.charAt(1) - '0');
        }
        flags.push(f);
    }

    @Override
    public void tail(Node node, int depth) {
        if (!(node instanceof Element)) {
            return;
        }
        int f = flags.pop();
        if ((f & F_BLOCK) != 0) {
            flush();
        }
        if ((f & F_HIDDEN) != 0) {
            hidden--;
        }
        if ((f & F_COLLAPSED) != 0) {
            collapsed--;
        }
        if ((f & F_LINK) != 0) {
            link--;
        }
        if ((f & F_PRE) != 0) {
            pre--;
        }
        if ((f & F_HEADING) != 0) {
            headings.pop();
        }
        if ((f & F_BLOCK) != 0) {
            int index = open.pop();
            chromeDepth.pop();
            shape.get(index)[3] = blocks.size();
        }
    }

    /** Ends the current block: emits its text (split at double line breaks) and any hidden text beside it. */
    private void flush() {
        if (chars > 0) {
            String raw = text.toString();
            double density = (double) linkChars / chars;
            if (pre > 0) {
                emit(raw.strip(), density, false);
            } else {
                // U+2029 PARAGRAPH SEPARATOR in the text ends a paragraph, as two <br> do
                String paragraphs = raw.replace("\u2029", "" + BREAK + BREAK);
                for (String part : DOUBLE_BREAK.split(SPACES.matcher(paragraphs).replaceAll(" "))) {
                    emit(part.replace(BREAK, ' ').replaceAll(" {2,}", " ").strip(), density, false);
                }
            }
        }
        text.setLength(0);
        chars = 0;
        linkChars = 0;
        if (!hiddenText.isEmpty()) {
            String h = SPACES.matcher(hiddenText).replaceAll(" ").replace(BREAK, ' ').strip();
            hiddenText.setLength(0);
            emit(h, 0, true);
        }
    }

    private void emit(String s, double linkDensity, boolean isHidden) {
        if (s.isEmpty()) {
            return;
        }
        int owner = open.isEmpty() ? -1 : open.peek();
        String tag = owner < 0 ? "" : elements.get(owner).normalName();
        blocks.add(new TextBlock(blocks.size(), s, (int) Math.round(linkDensity * s.length()), owner,
                chromeDepth.isEmpty() ? -1 : chromeDepth.peek(), isHidden, headings.isEmpty() ? 0 : headings.peek(),
                tag, collapsed > 0 && !isHidden));
    }

    private static int nonSpace(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '\u00A0') {
                n++;
            }
        }
        return n;
    }
}
