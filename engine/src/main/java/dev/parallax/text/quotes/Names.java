package dev.parallax.text.quotes;

import dev.parallax.text.quotes.NarrativeToken.Kind;

/**
 * Person-name recognition over the narrative tokens: initials, titles and nationality words stripped from a
 * capitalised run ({@link #core}), names that are places, times or organisations, name keys for matching
 * "Smith" to "Jane Smith", and the name as written.
 */
final class Names {
    private final String text;
    private final NarrativeTokens tokens;

    Names(String text, NarrativeTokens tokens) {
        this.text = text;
        this.tokens = tokens;
    }

    static boolean skippable(NarrativeToken t) {
        return !t.cap() && (Lexicon.SKIPPABLE.contains(t.lower)
                || (t.lower.endsWith("ly") && t.lower.length() > 4 && !Lexicon.isVerb(t.lower)));
    }

    /** "D-Mo.", "R-Utah", "I-Vt.": party and state after a lawmaker's name. */
    static boolean isPartyLabel(NarrativeToken t) {
        String w = t.text;
        return w.length() >= 3 && w.charAt(1) == '-' && "DRI".indexOf(w.charAt(0)) >= 0
                && Character.isUpperCase(w.charAt(2));
    }

    static boolean isDeterminer(NarrativeToken t) {
        return switch (t.lower) {
            case "the", "a", "an", "his", "her", "its", "their", "this", "that", "another", "one" -> true;
            default -> false;
        };
    }

    static boolean isInitial(NarrativeToken t) {
        return t.kind == Kind.WORD && t.text.length() == 2 && t.text.endsWith(".")
                && Character.isUpperCase(t.text.charAt(0));
    }

    /**
     * The name inside the capitalised run [from,to): without leading function words ("But", "Since") and
     * without titles ("US Secretary of State", "Chinese Foreign Minister"); null if nothing is left.
     */
    int[] core(int from, int to) {
        int a = from;
        while (a < to && Lexicon.FUNCTION_WORDS.contains(tokens.get(a).lower)) {
            a++;
        }
        if (a >= to) {
            return null;
        }
        int b = to;
        for (int i = a + 1; i < b - 1; i++) {
            // "Rick Perry of Texas", "Mike Thompson of California": the name stops before "of <place>"
            if (tokens.get(i).lower.equals("of") && !Lexicon.TITLES.contains(tokens.get(i - 1).lower)
                    && !Lexicon.ORG_WORDS.contains(tokens.get(i - 1).lower)) {
                b = i;
                break;
            }
        }
        while (b > a && tokens.get(b - 1).lower.equals("of")) {
            b--;
        }
        // strip titles: everything up to the last title word, when a name follows it
        int lastTitle = -1;
        for (int i = a; i < b; i++) {
            NarrativeToken w = tokens.get(i);
            if (Lexicon.TITLES.contains(w.lower) || isDemonym(w) && !firstNameAfterTitle(i, lastTitle, b)) {
                lastTitle = i;
            } else if (Lexicon.NAME_CONNECTORS.contains(w.lower) && lastTitle == i - 1) {
                lastTitle = i; // "Secretary of State"
            }
        }
        if (lastTitle >= a && lastTitle < b - 1) {
            a = lastTitle + 1;
        }
        while (a < b && Lexicon.NAME_CONNECTORS.contains(tokens.get(a).lower)) {
            a++;
        }
        if (a >= b) {
            return null;
        }
        if (b - a == 1 && Lexicon.FUNCTION_WORDS.contains(tokens.get(a).lower)) {
            return null;
        }
        return new int[] {a, b};
    }

    /**
     * A word shaped like a nationality right after a title and before another capitalised word is a first
     * name ("Finance Minister Christian Lindner", "Coach Brian Daboll"): nationalities come before the
     * title ("Chinese Foreign Minister Wang Yi").
     */
    private boolean firstNameAfterTitle(int i, int lastTitle, int end) {
        return lastTitle == i - 1 && i + 1 < end && tokens.get(i + 1).cap()
                && !Lexicon.TITLES.contains(tokens.get(i + 1).lower);
    }

    /** Nationality words used as titles: "Chinese", "Ukrainian", "American", "Israeli". */
    static boolean isDemonym(NarrativeToken w) {
        if (!w.cap()) {
            return false;
        }
        String l = w.lower;
        return l.length() > 4 && (l.endsWith("ese") || l.endsWith("ian") || l.endsWith("ish") || l.endsWith("can")
                || (l.endsWith("i") && l.length() > 5) || l.equals("french") || l.equals("dutch")
                || l.equals("greek") || l.equals("swiss") || l.equals("thai"));
    }

    boolean isTimeOrPlace(int from, int to) {
        if (to - from == 1) {
            NarrativeToken w = tokens.get(from);
            return Lexicon.TIME_WORDS.contains(w.lower) || Lexicon.PLACES.contains(w.lower);
        }
        return Lexicon.TIME_WORDS.contains(tokens.get(from).lower);
    }

    boolean personLike(int from, int to, boolean titled) {
        if (isTimeOrPlace(from, to)) {
            return false;
        }
        NarrativeToken last = tokens.get(to - 1);
        String lastKey = nameKey(last);
        if (Lexicon.ORG_WORDS.contains(lastKey) || Lexicon.PLACES.contains(lastKey)) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (Lexicon.ORG_WORDS.contains(nameKey(tokens.get(i))) && !titled) {
                return false;
            }
        }
        if (to - from == 1) {
            String w = last.text;
            boolean acronym = w.length() >= 2 && w.chars().filter(Character::isUpperCase).count() >= 2;
            if (acronym || isDemonym(last)) {
                return false;
            }
            if (last.lower.endsWith("s") && !titled && last.lower.length() > 3 && !last.possessive()
                    && Lexicon.isVerb(last.lower)) {
                return false;
            }
        }
        return true;
    }

    static String nameKey(NarrativeToken t) {
        String l = t.lower;
        if (l.endsWith("'s") || l.endsWith("\u2019s")) {
            l = l.substring(0, l.length() - 2);
        } else if (l.endsWith("'") || l.endsWith("\u2019")) {
            l = l.substring(0, l.length() - 1);
        }
        return l;
    }

    static String titleKey(String lower) {
        return switch (lower) {
            case "gov." -> "governor";
            case "sen." -> "senator";
            case "rep.", "representative" -> "congressman";
            case "congresswoman" -> "congressman";
            case "pres." -> "president";
            case "gen." -> "general";
            case "sec." -> "secretary";
            default -> lower;
        };
    }

    String span(int from, int to) {
        String s = text.substring(tokens.get(from).start, tokens.get(to - 1).end);
        if (s.endsWith("'s") || s.endsWith("\u2019s")) {
            s = s.substring(0, s.length() - 2);
        }
        return s.replaceAll("\\s+", " ");
    }
}
