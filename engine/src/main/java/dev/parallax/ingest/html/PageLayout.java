package dev.parallax.ingest.html;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * A page flattened into text blocks plus the block-level elements that hold them. Elements are listed in
 * document (pre-)order, so every child comes after its parent: walking the list backwards visits children
 * first, which lets scores be summed up the tree in one linear pass.
 */
public record PageLayout(List<TextBlock> blocks, List<Node> elements) {
    /**
     * A block-level element: its parent's index (-1 for the root), depth, hint, and the half-open range
     * of block indexes inside it.
     */
    public record Node(Element element, int parent, int depth, ElementHints.Hint hint, int firstBlock, int endBlock) {
    }
}
