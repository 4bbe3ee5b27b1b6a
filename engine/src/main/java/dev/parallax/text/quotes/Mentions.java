package dev.parallax.text.quotes;

import dev.parallax.text.quotes.NarrativeToken.Kind;
import dev.parallax.text.quotes.Quotation.Attribution;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The capitalised runs of the narrative that may name someone, which of them are people and subjects of a
 * verb, the fullest form of each name; and the person a cue's subject refers to (a name, "the president",
 * "he").
 */
final class Mentions {
    /** How far (in tokens) a pronoun may be from its antecedent. */
    private static final int ANTECEDENT_WINDOW = 400;

    private final String text;
    private final NarrativeTokens tokens;
    private final Names names;
    private final Subjects subjects;
    private final List<Mention> mentions = new ArrayList<>();
    /** For each token, the mention that starts there (or null). */
    private final Mention[] mentionAt;
    /** Lower-cased name token -> fullest person name containing it. */
    private final Map<String, Mention> fullest = new HashMap<>();

    /** The mentions of a body text (a headline has none: its words are all capitalised). */
    Mentions(String text, NarrativeTokens tokens, Names names, Subjects subjects, boolean headline) {
        this.text = text;
        this.tokens = tokens;
        this.names = names;
        this.subjects = subjects;
        subjects.useMentions(this);
        this.mentionAt = new Mention[tokens.size()];
        if (!headline) {
            find();
        }
    }

    /** A capitalised run of narrative words that may name someone. */
    static final class Mention {
        final int from; // token range of the whole run
        final int to;
        final int coreFrom; // the name without leading function words and titles
        final int coreTo;
        final boolean person;
        boolean subject;
        final boolean titled;

        Mention(int from, int to, int coreFrom, int coreTo, boolean person, boolean titled) {
            this.from = from;
            this.to = to;
            this.coreFrom = coreFrom;
            this.coreTo = coreTo;
            this.person = person;
            this.titled = titled;
        }
    }

    private void find() {
        int n = tokens.size();
        java.util.Set<String> capsInside = new java.util.HashSet<>();
        for (int i = 1; i < n; i++) {
            NarrativeToken t = tokens.get(i);
            NarrativeToken prev = tokens.get(i - 1);
            if (t.cap() && prev.sentence == t.sentence && prev.kind != Kind.BREAK && prev.kind != Kind.QUOTE
                    && !(prev.kind == Kind.PUNCT && !prev.text.equals(","))) {
                capsInside.add(Names.nameKey(t));
            }
        }
        int k = 0;
        while (k < n) {
            NarrativeToken t = tokens.get(k);
            if (!(t.cap() || Names.isInitial(t))) {
                k++;
                continue;
            }
            int e = k;
            while (e < n && e < k + 10) {
                NarrativeToken w = tokens.get(e);
                if (!w.isWord()) {
                    break;
                }
                if (w.cap() || Names.isInitial(w)) {
                    e++;
                    if (w.possessive()) {
                        break;
                    }
                    continue;
                }
                if (Lexicon.NAME_CONNECTORS.contains(w.lower) && e + 1 < n && tokens.get(e + 1).cap()) {
                    e++;
                    continue;
                }
                break;
            }
            int[] core = names.core(k, e);
            if (core != null) {
                boolean titled = core[0] > k && !Lexicon.FUNCTION_WORDS.contains(tokens.get(core[0] - 1).lower);
                boolean person = names.personLike(core[0], core[1], titled);
                boolean initial = k == 0 || tokens.get(k - 1).sentence != tokens.get(k).sentence
                        || tokens.get(k - 1).kind == Kind.BREAK;
                if (person && initial && core[1] - core[0] == 1 && !titled
                        && !capsInside.contains(Names.nameKey(tokens.get(core[0])))) {
                    person = false; // "Debate was mostly closed": a capital only because it starts the sentence
                }
                Mention m = new Mention(k, e, core[0], core[1], person, titled);
                mentions.add(m);
                for (int i = k; i < e; i++) {
                    mentionAt[i] = m;
                }
            }
            k = Math.max(e, k + 1);
        }
        for (Mention m : mentions) {
            // a name opening its sentence and followed by a lower-case word is taken as the sentence's subject
            int first = m.from;
            int sentence = tokens.get(first).sentence;
            boolean opens = first == 0 || tokens.get(first - 1).sentence != sentence
                    || tokens.get(first - 1).kind == Kind.BREAK;
            if (!opens && first > 0 && tokens.get(first - 1).kind == Kind.PUNCT && first > 1) {
                opens = false;
            }
            if (opens && m.to < tokens.size()) {
                NarrativeToken next = tokens.get(m.to);
                if (next.isWord() && !next.cap()) {
                    m.subject = true;
                }
            }
        }
        for (Mention m : mentions) {
            if (!m.person) {
                continue;
            }
            int len = m.coreTo - m.coreFrom;
            if (len > 4) {
                continue;
            }
            int last = m.coreTo - 1;
            while (last > m.coreFrom && Lexicon.NAME_SUFFIXES.contains(tokens.get(last).lower)) {
                last--;
            }
            // the surname names the person ("Smith" → "Jane Smith"); a two-word name may also be
            // known by its first word ("Li" → "Li Wei")
            putFullest(Names.nameKey(tokens.get(last)), m);
            if (len == 2 && last == m.coreTo - 1) {
                putFullest(Names.nameKey(tokens.get(m.coreFrom)), m);
            }
        }
    }

    private void putFullest(String key, Mention m) {
        if (key.length() < 2 || Lexicon.NAME_CONNECTORS.contains(key)) {
            return;
        }
        Mention prev = fullest.get(key);
        if (prev == null || prev.coreTo - prev.coreFrom < m.coreTo - m.coreFrom) {
            fullest.put(key, m);
        }
    }

    Mention containing(int k) {
        return k >= 0 && k < mentionAt.length ? mentionAt[k] : null;
    }

    Quotation resolve(Quotation q, Cue cue) {
        Subject s = cue.subject();
        return switch (s.kind()) {
            case NAME -> {
                String name = fullName(s.from(), s.to());
                yield q.withSpeaker(name, tokens.get(s.from()).start, tokens.get(s.to() - 1).end, Attribution.DIRECT);
            }
            case NOUN_PHRASE -> {
                if (Lexicon.DOCUMENTS.contains(tokens.get(s.to() - 1).lower)) {
                    yield authorOf(q, s); // "the statement said": who issued it speaks, not the paper
                }
                Mention named = describedPerson(s);
                if (named != null) {
                    String name = fullName(named.coreFrom, named.coreTo);
                    yield q.withSpeaker(name, tokens.get(named.coreFrom).start, tokens.get(named.coreTo - 1).end,
                            Attribution.PRONOUN);
                }
                int a = s.from();
                if (a < s.to() - 1 && Names.isDeterminer(tokens.get(a))) {
                    a++;
                }
                int from = tokens.get(a).start;
                int to = tokens.get(s.to() - 1).end;
                yield q.withSpeaker(text.substring(from, to), from, to, Attribution.DIRECT);
            }
            case PRONOUN -> {
                Mention m = antecedent(s.from());
                if (m == null) {
                    yield q;
                }
                String name = fullName(m.coreFrom, m.coreTo);
                yield q.withSpeaker(name, tokens.get(m.coreFrom).start, tokens.get(m.coreTo - 1).end,
                        Attribution.PRONOUN);
            }
        };
    }

    /**
     * The speaker of a quotation cued by a document ("the statement said", "the letter says"): its owner
     * ("the committee's statement"), whoever it is from ("a statement from the ministry"), else whoever
     * issued it when the text first mentioned it ("The ministry issued a statement. … the statement said").
     * Without one the quotation is left unattributed, for its neighbours to fill in.
     */
    private Quotation authorOf(Quotation q, Subject s) {
        for (int k = s.to() - 2; k >= s.from(); k--) {
            NarrativeToken t = tokens.get(k);
            if (t.possessive()) {
                Mention m = containing(k);
                if (m != null && m.coreTo == k + 1) {
                    return Lexicon.TIME_WORDS.contains(Names.nameKey(tokens.get(m.coreFrom))) ? q // "Wednesday's speech"
                            : named(q, m, Attribution.DIRECT);
                }
                int a = Names.isDeterminer(tokens.get(s.from())) ? s.from() + 1 : s.from();
                if (a > k) {
                    return q;
                }
                int from = tokens.get(a).start;
                int to = tokens.get(k).end - 2; // the owner without its "'s"
                return to <= from ? q : q.withSpeaker(text.substring(from, to), from, to, Attribution.DIRECT);
            }
        }
        int after = s.to();
        if (after + 1 < tokens.size() && (tokens.get(after).is("from") || tokens.get(after).is("by"))) {
            Subject from = subjects.after(after + 1);
            if (from != null && !(from.kind() == Subject.Kind.NOUN_PHRASE
                    && Lexicon.DOCUMENTS.contains(tokens.get(from.to() - 1).lower))) {
                return resolve(q, new Cue(from, after));
            }
        }
        String head = tokens.get(s.to() - 1).lower;
        int sentence = tokens.get(s.from()).sentence;
        for (int k = s.from() - 1; k >= 0 && s.from() - k < ANTECEDENT_WINDOW; k--) {
            NarrativeToken t = tokens.get(k);
            if (t.sentence == sentence || !t.is(head)) {
                continue;
            }
            // the first mention: who issued, sent or released it is the subject of that sentence
            for (int i = indexBefore(k); i >= 0; i--) {
                Mention m = mentions.get(i);
                if (tokens.get(m.from).sentence != t.sentence) {
                    break;
                }
                if (m.subject && nameLike(m)) {
                    return named(q, m, Attribution.PRONOUN);
                }
            }
        }
        return q;
    }

    /** A person, or a name of two words or more ("White House"); not "Dozens" or "Close" opening a sentence. */
    private boolean nameLike(Mention m) {
        return (m.person || m.coreTo - m.coreFrom >= 2) && !Lexicon.TIME_WORDS.contains(Names.nameKey(tokens.get(m.coreFrom)));
    }

    /** The speaker named by mention m, without the possessive it had as an owner ("Republicans’ letter"). */
    private Quotation named(Quotation q, Mention m, Attribution how) {
        String name = fullName(m.coreFrom, m.coreTo).replaceAll("(['\u2019]s|(?<=s)['\u2019])$", "");
        return q.withSpeaker(name, tokens.get(m.coreFrom).start, tokens.get(m.coreTo - 1).end, how);
    }

    /**
     * "the president", "the Texas governor": the latest person named before with that title ("President
     * Trump", "Gov. Rick Perry"); else, as for "he", the latest person before who spoke or acted (the
     * subject of a verb) within a paragraph or two; or null.
     */
    private Mention describedPerson(Subject s) {
        if (!tokens.get(s.from()).is("the") || s.to() - s.from() > 4) {
            return null;
        }
        String head = Names.titleKey(tokens.get(s.to() - 1).lower);
        if (!Lexicon.TITLES.contains(head)) {
            return null;
        }
        Mention titled = titledPerson(s, head);
        if (titled != null) {
            return titled;
        }
        Mention apposed = s.to() + 1 < tokens.size() && tokens.get(s.to()).text.equals(",")
                ? containing(s.to() + 1) : null;
        if (apposed != null && apposed.person) {
            return apposed; // "said the spokesman, Nick Merrill."
        }
        if (!Lexicon.OFFICES.contains(head)) {
            return null; // a spokesman or an aide is rarely the person last named
        }
        for (int i = indexBefore(s.from()); i >= 0; i--) {
            Mention m = mentions.get(i);
            if (s.from() - m.to > ANTECEDENT_WINDOW / 2) {
                break;
            }
            if (m.person && m.subject && m.to <= s.from()) {
                return m;
            }
        }
        return null;
    }

    /** The latest person named before s with {@code head} among the titles before the name. */
    private Mention titledPerson(Subject s, String head) {
        for (int i = indexBefore(s.from()); i >= 0; i--) {
            Mention m = mentions.get(i);
            if (!m.person || s.from() - m.to > ANTECEDENT_WINDOW * 4) {
                if (s.from() - m.to > ANTECEDENT_WINDOW * 4) {
                    break;
                }
                continue;
            }
            for (int k = m.from; k < m.coreFrom; k++) {
                if (Names.titleKey(tokens.get(k).lower).equals(head)) {
                    return m;
                }
            }
        }
        return null;
    }

    /** The name as written, in the fullest form the text gives for a one-word name ("Smith" → "Jane Smith"). */
    private String fullName(int from, int to) {
        String asWritten = names.span(from, to);
        if (to - from == 1) {
            Mention m = fullest.get(Names.nameKey(tokens.get(from)));
            if (m != null && m.coreTo - m.coreFrom > 1) {
                return names.span(m.coreFrom, m.coreTo);
            }
        }
        return asWritten;
    }

    /**
     * The person a "he"/"she"/"they" at token p refers to: the latest preceding person who is the subject of
     * a verb, else the latest preceding person named, within a window.
     */
    private Mention antecedent(int p) {
        String pronoun = tokens.get(p).lower;
        boolean personal = pronoun.equals("he") || pronoun.equals("she");
        Mention anyPerson = null;
        Mention subjectPerson = null;
        Mention group = null;
        int lo = indexBefore(p);
        for (int i = lo; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.to > p) {
                continue;
            }
            if (p - m.to > ANTECEDENT_WINDOW) {
                break;
            }
            if (m.person) {
                if (anyPerson == null) {
                    anyPerson = m;
                }
                if (m.subject) {
                    subjectPerson = m;
                    break;
                }
            } else if (group == null && m.subject) {
                group = m;
            }
        }
        if (!personal) {
            return group;
        }
        if (subjectPerson != null) {
            return subjectPerson;
        }
        return anyPerson;
    }

    private int indexBefore(int p) {
        int lo = 0;
        int hi = mentions.size() - 1;
        int ans = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).from < p) {
                ans = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return ans;
    }
}
