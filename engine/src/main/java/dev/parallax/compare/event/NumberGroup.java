package dev.parallax.compare.event;

import dev.parallax.text.numbers.NumberMention;
import java.util.List;

/**
 * One quantity as each article that states it gives it, at most one mention per article. {@code agree} is
 * true when every two members agree (within rounding), false when some two do not, and null for a
 * quantity only one article states.
 */
public record NumberGroup(List<Figure> members, Boolean agree) {
    public NumberGroup {
        members = List.copyOf(members);
    }

    /** One article's figure. */
    public record Figure(int article, NumberMention mention) {
    }
}
