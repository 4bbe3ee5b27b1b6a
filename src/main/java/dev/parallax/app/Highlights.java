package dev.parallax.app;

import dev.parallax.compare.Comparison;
import dev.parallax.compare.Match;
import dev.parallax.compare.UniquePassage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The highlights of each side of a comparison, in reading order. */
final class Highlights {
    private Highlights() {
    }

    static List<Highlight> of(Comparison c, int side) {
        List<Highlight> out = new ArrayList<>();
        for (int i = 0; i < c.matches().size(); i++) {
            Match m = c.matches().get(i);
            out.add(new Highlight(i, m.kind(), side == 0 ? m.a() : m.b(), m.moved()));
        }
        for (UniquePassage u : c.unique()) {
            if (u.article() == side) {
                out.add(Highlight.unique(u.span()));
            }
        }
        out.sort(Comparator.comparingInt(h -> h.span().start()));
        return out;
    }
}
