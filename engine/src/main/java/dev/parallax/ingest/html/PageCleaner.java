package dev.parallax.ingest.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Drops what is code or embedded media rather than text: scripts, styles, frames, plug-ins, form
 * controls. Their content is never shown to a reader and is never put in the removed list either. Runs
 * after metadata is read, since JSON-LD lives in a script.
 */
final class PageCleaner {
    private static final String CODE = "script, style, link, meta, base, svg, math, canvas, iframe, frame, frameset, "
            + "object, embed, applet, param, source, track, video, audio, map, input, select, textarea, head";

    private PageCleaner() {
    }

    static Element clean(Document doc) {
        doc.select(CODE).remove();
        return doc.body() == null ? doc : doc.body();
    }
}
