package dev.parallax.ingest.html;

import java.util.ArrayList;
import java.util.List;

/**
 * The removed list: every non-body block in document order, verbatim. Runs of short or link-only blocks
 * (a menu, a tag cloud, a share bar) are merged into one entry, line by line, so a page with a thousand
 * menu links yields a readable list; past a hard cap, everything further joins the last entry.
 */
final class RemovedBlocks {
    static final int MAX_ENTRIES = 1000;
    private static final int SHORT = 40;

    private RemovedBlocks() {
    }

    static List<String> collect(List<TextBlock> blocks, boolean[] keep) {
        List<String> out = new ArrayList<>();
        StringBuilder overflow = new StringBuilder();
        StringBuilder run = null;
        for (TextBlock b : blocks) {
            if (keep[b.index()] || b.text().isBlank()) {
                flushRun(out, run, overflow);
                run = null;
                continue;
            }
            boolean navLike = b.linkDensity() >= 0.5 || b.text().length() < SHORT;
            if (navLike) {
                if (run == null) {
                    run = new StringBuilder(b.text());
                } else {
                    run.append('\n').append(b.text());
                }
                continue;
            }
            flushRun(out, run, overflow);
            run = null;
            add(out, b.text(), overflow);
        }
        flushRun(out, run, overflow);
        if (!overflow.isEmpty()) {
            out.set(out.size() - 1, out.getLast() + overflow);
        }
        return out;
    }

    private static void flushRun(List<String> out, StringBuilder run, StringBuilder overflow) {
        if (run != null) {
            add(out, run.toString(), overflow);
        }
    }

    private static void add(List<String> out, String text, StringBuilder overflow) {
        if (out.size() < MAX_ENTRIES) {
            out.add(text);
        } else {
            overflow.append('\n').append(text);
        }
    }
}
