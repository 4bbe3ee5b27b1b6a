package dev.parallax.present;

import dev.parallax.compare.Closeness;
import dev.parallax.compare.MatchKind;
import dev.parallax.compare.event.Event;
import dev.parallax.compare.event.Group;
import dev.parallax.compare.event.Member;

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
        return Closeness.of(a, b, 0).kind();
    }
}
