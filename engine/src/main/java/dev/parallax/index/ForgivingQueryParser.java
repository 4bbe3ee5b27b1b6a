package dev.parallax.index;

import dev.parallax.text.TextFolding;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import dev.parallax.text.analysis.Analyzers;

/**
 * Lucene's classic syntax (words, "phrases", AND/OR/NOT, +/-, field:value such as speaker:Name), with
 * quoted phrases made forgiving: the exact phrase ranks first, then the phrase with a few words
 * inserted or dropped, then a sentence sharing most of the phrase's stems ("smearing" for "smear").
 * Curly quotes in the query count as phrase marks.
 */
final class ForgivingQueryParser extends QueryParser {
    /** Share of a phrase's content stems a reworded sentence must still contain. */
    private static final double REWORDED_SHARE = 0.7;

    ForgivingQueryParser() {
        super(Schema.TEXT, Schema.perField());
        setDefaultOperator(AND_OPERATOR);
        setSplitOnWhitespace(true);
    }

    Query parseForgiving(String userQuery) throws QuerySyntaxException {
        String folded = TextFolding.foldPunctuation(userQuery).strip();
        if (folded.isEmpty()) {
            throw new QuerySyntaxException("the query is empty; type words, a \"quoted phrase\" or speaker:Name", null);
        }
        Query query;
        try {
            query = parse(folded);
        } catch (ParseException e) {
            if (tooMany(e)) {
                throw tooManyClauses(e);
            }
            // Unbalanced quotes or stray operators: search the words as they are, rather than fail.
            Query words;
            try {
                words = createBooleanQuery(Schema.TEXT, folded, org.apache.lucene.search.BooleanClause.Occur.MUST);
            } catch (IndexSearcher.TooManyClauses t) {
                throw tooManyClauses(t);
            }
            if (words == null) {
                throw new QuerySyntaxException("cannot understand the query: " + firstLine(e.getMessage()), e);
            }
            return words;
        } catch (IndexSearcher.TooManyClauses e) {
            throw tooManyClauses(e);
        }
        if (onlyExcludes(query)) {
            throw new QuerySyntaxException("the query only says what to leave out (" + userQuery.strip()
                    + "), which matches nothing; add a word to look for, e.g. 'rain NOT flood'", null);
        }
        return query;
    }

    /** A query whose every clause excludes ("NOT flood", "-flood -rain"): Lucene matches nothing for it. */
    static boolean onlyExcludes(Query q) {
        return q instanceof BooleanQuery b && !b.clauses().isEmpty()
                && b.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT);
    }

    private static boolean tooMany(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IndexSearcher.TooManyClauses
                    || String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("too many boolean clauses")) {
                return true;
            }
        }
        return false;
    }

    static QuerySyntaxException tooManyClauses(Throwable cause) {
        return new QuerySyntaxException("the query has too many words and phrases (at most "
                + String.format(java.util.Locale.ROOT, "%,d", IndexSearcher.getMaxClauseCount())
                + " terms, counting each word of a phrase's variants); shorten it", cause);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        Query plain = super.getFieldQuery(field, queryText, quoted);
        if (!quoted || !field.equals(Schema.TEXT) || plain == null) {
            return plain;
        }
        List<String> stems = Analyzers.stems(queryText).stream().distinct().toList();
        int words = queryText.split("\\s+").length;
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        any.add(new BoostQuery(plain, 4f), BooleanClause.Occur.SHOULD);
        Query sloppy = withSlop(plain, Math.max(2, words / 3));
        if (sloppy != null) {
            any.add(new BoostQuery(sloppy, 2f), BooleanClause.Occur.SHOULD);
        }
        if (stems.size() >= 3) {
            BooleanQuery.Builder most = new BooleanQuery.Builder();
            for (String s : stems) {
                most.add(new TermQuery(new Term(Schema.STEM, s)), BooleanClause.Occur.SHOULD);
            }
            most.setMinimumNumberShouldMatch((int) Math.ceil(stems.size() * REWORDED_SHARE));
            any.add(most.build(), BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }

    /** The same phrase allowing a few words in between (the slop overload of the parser would call us back). */
    private static Query withSlop(Query phrase, int slop) {
        if (phrase instanceof PhraseQuery p) {
            PhraseQuery.Builder b = new PhraseQuery.Builder().setSlop(slop);
            for (int i = 0; i < p.getTerms().length; i++) {
                b.add(p.getTerms()[i], p.getPositions()[i]);
            }
            return b.build();
        }
        if (phrase instanceof MultiPhraseQuery m) {
            return new MultiPhraseQuery.Builder(m).setSlop(slop).build();
        }
        return null;
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
