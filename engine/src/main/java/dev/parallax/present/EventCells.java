package dev.parallax.present;

import dev.parallax.compare.Closeness;
import dev.parallax.compare.MatchKind;
import dev.parallax.compare.event.Event;
import dev.parallax.compare.event.Group;
import dev.parallax.compare.event.Member;
import dev.parallax.article.ArticleIds;

/** What a cell of an event's passage table shows: how one member words the group's passage. */
public final class EventCells {
    private EventCells() {
    }

    /**
     * How a member words the group's passage against the group's first member: same words, a small change,
     * or other words. The first member itself is the reference (null).
     */
    public static MatchKind kind(Event e, Group g, Member m) {
        Member first = g.members().getFirst();
        if (m == first) {
            return null;
        }
        String a = first.span().of(e.articles().get(first.article()).text());
        String b = m.span().of(e.articles().get(m.article()).text());
        return Closeness.of(a, b, Double.NaN).kind();
    }

    /**
     * Which reports tell the group alike: "all 3" when every report has a member and every two were aligned
     * directly; "A, C" when the members all match each other; else the pairs that were aligned ("A–C, B–C"),
     * so a group linked only through a third report never reads as told by all.
     */
    public static String toldBy(Event e, Group g) {
        if (e.toldByAll(g)) {
            return "all " + e.articles().size();
        }
        if (g.allLinked()) {
            return String.join(", ", g.members().stream().map(m -> ArticleIds.of(m.article())).toList());
        }
        return String.join(", ", g.links().stream().map(l -> ArticleIds.of(l.x()) + "–" + ArticleIds.of(l.y())).toList());
    }

    /**
     * For one member, the others it was aligned with and how ("matches C: near, words shared 80%"), and those
     * it reaches only through another ("not aligned with B directly").
     */
    public static String alignedWith(Group g, Member m) {
        java.util.List<String> direct = new java.util.ArrayList<>();
        java.util.List<String> indirect = new java.util.ArrayList<>();
        for (Member other : g.members()) {
            if (other.article() == m.article()) {
                continue;
            }
            Group.Link l = g.link(m.article(), other.article());
            if (l == null) {
                indirect.add(ArticleIds.of(other.article()));
            } else {
                direct.add(ArticleIds.of(other.article()) + ": " + KindLabels.label(l.kind()).toLowerCase(java.util.Locale.ROOT)
                        + ", " + MatchFigures.both(l.wordsShared(), l.confidence()));
            }
        }
        String out = direct.isEmpty() ? "" : "Matches " + String.join("; ", direct);
        if (!indirect.isEmpty()) {
            out += (out.isEmpty() ? "" : ". ") + "Not aligned with " + String.join(", ", indirect) + " directly";
        }
        return out;
    }
}
