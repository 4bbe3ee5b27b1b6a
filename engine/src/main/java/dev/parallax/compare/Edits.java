package dev.parallax.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a reader of a stealth edit looks for first, between an earlier version of an article (A) and a later
 * one (B): a changed headline, quotations reworded, added or removed, and numbers that changed, appeared
 * or went.
 *
 * @param headlineA the earlier headline when the headline changed, else null (as {@code headlineB})
 */
public record Edits(String headlineA, String headlineB, List<QuoteMatch> quotes, List<NumberMatch> numbers) {
    public Edits {
        quotes = List.copyOf(quotes);
        numbers = List.copyOf(numbers);
    }

    public static Edits of(Comparison c) {
        String ta = c.a().article().title();
        String tb = c.b().article().title();
        boolean retitled = !Objects.equals(ta, tb);
        return new Edits(retitled ? ta : null, retitled ? tb : null, quotes(c),
                c.numbers().stream().filter(n -> n.a() == null || n.b() == null || Boolean.FALSE.equals(n.agree()))
                        .toList());
    }

    /**
     * Quotations reworded, added or removed. A quotation only in A and one only in B that sit in passages
     * aligned with each other are one quotation reworded (an edited quote is often too changed for the
     * quotation matcher, but its sentence still aligns).
     */
    private static List<QuoteMatch> quotes(Comparison c) {
        List<QuoteMatch> out = new ArrayList<>();
        List<QuoteMatch> onlyB = new ArrayList<>(c.quotes().stream().filter(q -> q.a() == null).toList());
        for (QuoteMatch q : c.quotes()) {
            if (q.a() != null && q.b() != null) {
                if (q.variant()) {
                    out.add(q);
                }
            } else if (q.a() != null) {
                QuoteMatch partner = partner(c, q, onlyB);
                if (partner == null) {
                    out.add(q);
                } else {
                    onlyB.remove(partner);
                    out.add(new QuoteMatch(q.speaker() != null ? q.speaker() : partner.speaker(), q.a(), partner.b(), true));
                }
            }
        }
        out.addAll(onlyB);
        return out;
    }

    private static QuoteMatch partner(Comparison c, QuoteMatch inA, List<QuoteMatch> onlyB) {
        for (Match m : c.matches()) {
            if (m.a().contains(inA.a())) {
                for (QuoteMatch r : onlyB) {
                    if (m.b().contains(r.b())) {
                        return r;
                    }
                }
            }
        }
        return null;
    }

    public boolean headlineChanged() {
        return headlineA != null || headlineB != null;
    }

    public boolean isEmpty() {
        return !headlineChanged() && quotes.isEmpty() && numbers.isEmpty();
    }
}
