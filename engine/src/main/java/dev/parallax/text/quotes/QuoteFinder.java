package dev.parallax.text.quotes;

import dev.parallax.text.quotes.Quotation.Attribution;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds direct quotations in English news text and who said them.
 *
 * <p>Quotations come from quote marks alone (see {@link QuoteMarks}): straight and curly double and single
 * marks, guillemets, „…“, nesting, and quotations that run over paragraphs by the news convention. Speakers
 * come from speech verbs in the quotation's sentence ("X said", "said X", "X, the Y, said", "according to
 * X", "X told reporters:"), pronouns resolved to the nearest preceding person favouring earlier speakers,
 * and, for quotations with no cue of their own, the neighbouring quotation of the same paragraph.
 *
 * <p>Instances are stateless and thread-safe. Never throws on any input; time is linear in the length.
 */
public final class QuoteFinder {

    /** Quotations in an article body, sorted by start; nested quotations follow the one enclosing them. */
    public List<Quotation> find(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return findIn(text, false);
    }

    /**
     * Quotations in a headline. Headlines often quote with single marks ({@code Smith Says the Budget
     * Plan 'Doesn't Add Up'}) and name the speaker first ("X Says …", "X: '…'").
     */
    public List<Quotation> findInTitle(String title) {
        if (title == null || title.isEmpty()) {
            return List.of();
        }
        return findIn(title.replace('\n', ' ').replace('\r', ' '), true);
    }

    /** Scans the quote marks, attributes the top-level quotations, and gives nested ones their speaker. */
    private static List<Quotation> findIn(String text, boolean headline) {
        List<Quotation> tops = new ArrayList<>();
        List<Quotation> all = new ArrayList<>();
        Quotation title = null;
        for (QuoteMarks.Raw r : QuoteMarks.scan(text)) {
            Quotation q = r.toQuotation();
            if (title != null && title.covers(q.start(), q.end())) {
                continue; // inside a title: "on \"The 'Real' Story\""
            }
            if (Titles.isTitle(text, q.start(), q.contentStart(), q.contentEnd())) {
                title = q; // a show's or book's name in quote marks, not words anyone said
                continue;
            }
            if (q.depth() == 0) {
                title = null;
            }
            all.add(q);
            if (q.depth() == 0) {
                tops.add(q);
            }
        }
        if (tops.isEmpty()) {
            return List.of();
        }
        return merge(all, new Attributor(text, tops, headline).attribute());
    }

    /** Puts the attributed top-level quotations back and gives nested ones their enclosing speaker. */
    private static List<Quotation> merge(List<Quotation> all, List<Quotation> attributedTops) {
        List<Quotation> out = new ArrayList<>(all.size());
        int ti = 0;
        List<Quotation> open = new ArrayList<>(); // enclosing chain
        for (Quotation q : all) {
            if (q.depth() == 0) {
                Quotation a = attributedTops.get(ti++);
                out.add(a);
                open.clear();
                open.add(a);
            } else {
                while (!open.isEmpty() && !(open.getLast().start() <= q.start() && q.end() <= open.getLast().end())) {
                    open.removeLast();
                }
                Quotation parent = open.isEmpty() ? null : open.getLast();
                Quotation nested = parent != null && parent.hasSpeaker()
                        ? q.withSpeaker(parent.speaker(), parent.speakerStart(), parent.speakerEnd(),
                        Attribution.ENCLOSING)
                        : q;
                out.add(nested);
                open.add(nested);
            }
        }
        return out;
    }
}
