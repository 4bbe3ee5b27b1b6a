package dev.parallax.ingest.html;

/**
 * One run of text between block-level boundaries, in document order, with the facts the scorer needs.
 *
 * @param index       position among all blocks of the page
 * @param text        whitespace-normalised text (newlines kept only inside {@code <pre>})
 * @param linkChars   characters of the text that sit inside links
 * @param owner       index of the nearest block-level element (see {@link PageLayout#elements})
 * @param chromeDepth depth of the deepest chrome-marked block element around it, or -1
 * @param hidden      inside hidden markup (display:none, noscript, ...): never body text
 * @param heading     1-6 inside {@code <hN>}, else 0
 * @param tag         the owner's tag name (p, li, pre, blockquote, td, ...)
 * @param collapsed   inside markup hidden until a script runs (a "read more" container): body text only
 *                    when it reads as prose of the article
 */
public record TextBlock(int index, String text, int linkChars, int owner, int chromeDepth, boolean hidden,
                        int heading, String tag, boolean collapsed) {
    public double linkDensity() {
        return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
    }
}
