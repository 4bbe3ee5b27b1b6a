package dev.parallax.index;

import dev.parallax.text.analysis.Analyzers;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": the user's query with every word the index does not hold ("Blnken", "contnue") replaced by
 * the nearest word it does hold (Lucene's {@link DirectSpellChecker} over the exact text field: at most two
 * edits, same first letter, the more frequent of equally near words). Operators, field names and the values
 * after them ({@code speaker:Name}) are left as typed, and so is the rest of the query's wording.
 */
final class SpellingSuggester {
    /** A word, a field prefix ("speaker:") or a quoted value after one, in the order typed. */
    private static final Pattern TOKEN = Pattern.compile("(\\p{L}[\\p{L}\\p{N}_.-]*):(\"[^\"]*\"|\\S+)|[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}]+)?");
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "TO");

    private final IndexReader reader;
    private final DirectSpellChecker checker = new DirectSpellChecker();

    SpellingSuggester(IndexReader reader) {
        this.reader = reader;
    }

    /** The corrected query, or empty when every word is in the index or none has a near neighbour in it. */
    Optional<String> suggest(String userQuery) throws IOException {
        String query = userQuery.strip();
        StringBuilder out = new StringBuilder();
        Matcher m = TOKEN.matcher(query);
        int at = 0;
        boolean changed = false;
        while (m.find()) {
            String token = m.group();
            String replacement = m.group(1) != null || OPERATORS.contains(token) ? token : corrected(token);
            changed |= !replacement.equals(token);
            out.append(query, at, m.start()).append(replacement);
            at = m.end();
        }
        out.append(query.substring(at));
        return changed ? Optional.of(out.toString()) : Optional.empty();
    }

    /** The word itself when the index holds it (or it is no single word), else its nearest indexed word. */
    private String corrected(String word) throws IOException {
        List<String> folded = Analyzers.words(word);
        if (folded.size() != 1) {
            return word;
        }
        Term term = new Term(Schema.TEXT, folded.getFirst());
        if (reader.docFreq(term) > 0) {
            return word;
        }
        SuggestWord[] near = checker.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        return near.length == 0 ? word : sameCase(word, near[0].string);
    }

    /** The index's folded word written as the user wrote theirs: "Blnken" → "Blinken", "UKRANE" → "UKRAINE". */
    static String sameCase(String typed, String indexed) {
        if (typed.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase) && typed.length() > 1) {
            return indexed.toUpperCase(Locale.ROOT);
        }
        if (Character.isUpperCase(typed.codePointAt(0))) {
            return indexed.substring(0, indexed.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT)
                    + indexed.substring(indexed.offsetByCodePoints(0, 1));
        }
        return indexed;
    }
}
