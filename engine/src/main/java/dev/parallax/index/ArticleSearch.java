package dev.parallax.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.util.BytesRef;
import dev.parallax.text.analysis.Analyzers;

/**
 * Searches sentences, quotations and titles of a set of articles and marks the matched words with
 * Lucene's highlighter. Overlapping hits in one article (a quotation inside a matched sentence) are
 * reported once, under the better-ranked of the two.
 */
public final class ArticleSearch implements Closeable {
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    ArticleSearch(DirectoryReader reader) {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
    }

    /** Opens a read-only searcher on an index folder; works while another process writes to it. */
    public static ArticleSearch openReadOnly(java.nio.file.Path folder) throws IOException {
        return new ArticleSearch(DirectoryReader.open(org.apache.lucene.store.FSDirectory.open(folder)));
    }

    /**
     * The hits of {@link #search}, and a "did you mean" when a word of the query is in no indexed article and
     * the query with the nearest indexed words finds something in {@code keys}.
     */
    public SearchResults find(String userQuery, Collection<String> keys, int limit)
            throws IOException, QuerySyntaxException {
        List<SearchHit> hits = search(userQuery, keys, limit);
        Optional<String> suggestion = new SpellingSuggester(reader).suggest(userQuery);
        if (suggestion.isPresent() && search(suggestion.get(), keys, 1).isEmpty()) {
            suggestion = Optional.empty();
        }
        return new SearchResults(hits, suggestion);
    }

    /**
     * @param keys  the articles to search (index keys); empty means every article in the index
     * @param limit the most hits to return
     */
    public List<SearchHit> search(String userQuery, Collection<String> keys, int limit)
            throws IOException, QuerySyntaxException {
        Query parsed = new ForgivingQueryParser().parseForgiving(userQuery);
        BooleanQuery.Builder q = new BooleanQuery.Builder()
                .add(parsed, BooleanClause.Occur.MUST)
                .add(new TermInSetQuery(Schema.TYPE, List.of(new BytesRef(Schema.SENTENCE),
                        new BytesRef(Schema.QUOTE), new BytesRef(Schema.TITLE))), BooleanClause.Occur.FILTER);
        if (!keys.isEmpty()) {
            q.add(new TermInSetQuery(Schema.PATH, keys.stream().map(BytesRef::new).toList()),
                    BooleanClause.Occur.FILTER);
        }
        Query query = q.build();
        TopDocs top;
        try {
            top = searcher.search(query, Math.max(limit * 3, 30));
        } catch (IndexSearcher.TooManyClauses e) { // a phrase's variants can push a long query over the limit
            throw ForgivingQueryParser.tooManyClauses(e);
        }
        List<SearchHit> hits = new ArrayList<>();
        int[] docIds = new int[top.scoreDocs.length];
        for (int i = 0; i < docIds.length; i++) {
            docIds[i] = top.scoreDocs[i].doc;
        }
        Map<String, Object[]> marks = highlighter().offsets(new String[] {Schema.TEXT, Schema.STEM}, query, docIds);
        for (int i = 0; i < top.scoreDocs.length && hits.size() < limit; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            Document doc = searcher.storedFields().document(sd.doc);
            int start = doc.getField(Schema.START).numericValue().intValue();
            String text = doc.get(Schema.TEXT);
            List<SearchHit.Span> spans = merge(marks.get(Schema.TEXT)[i], marks.get(Schema.STEM)[i], text, start);
            SearchHit hit = new SearchHit(doc.get(Schema.PATH), doc.get(Schema.TYPE),
                    doc.getField(Schema.ORDINAL).numericValue().intValue(), start,
                    doc.getField(Schema.END).numericValue().intValue(), text, spans,
                    doc.get(Schema.SPEAKER), sd.score);
            if (hits.stream().noneMatch(hit::overlaps)) {
                hits.add(hit);
            }
        }
        return hits;
    }

    private OffsetHighlighter highlighter() {
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, Schema.perField())
                .withBreakIterator(WholeBreakIterator::new)
                .withFormatter(new OffsetFormatter())
                .withFieldMatcher(f -> f.equals(Schema.TEXT) || f.equals(Schema.STEM))
                .withHighlightPhrasesStrictly(true);
        return new OffsetHighlighter(builder);
    }

    /**
     * Union of the matched spans of both fields, in order, shifted to article offsets. Spans that touch or
     * are separated only by spaces and punctuation are joined, so a matched phrase reads as one mark.
     */
    @SuppressWarnings("unchecked")
    private static List<SearchHit.Span> merge(Object exact, Object stemmed, String text, int shift) {
        TreeSet<int[]> all = new TreeSet<>((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        for (Object o : new Object[] {exact, stemmed}) {
            if (o instanceof List<?> list) {
                all.addAll((List<int[]>) list);
            }
        }
        List<SearchHit.Span> out = new ArrayList<>();
        for (int[] s : all) {
            if (!out.isEmpty() && joinable(text, out.getLast().end() - shift, s[0])) {
                SearchHit.Span last = out.removeLast();
                out.add(new SearchHit.Span(last.start(), Math.max(last.end(), s[1] + shift)));
            } else {
                out.add(new SearchHit.Span(s[0] + shift, s[1] + shift));
            }
        }
        return out;
    }

    private static boolean joinable(String text, int previousEnd, int nextStart) {
        if (nextStart <= previousEnd) {
            return true;
        }
        if (nextStart - previousEnd > 3) {
            return false;
        }
        return text.substring(previousEnd, nextStart).codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /** Passes the highlighter's match offsets through instead of formatting text. */
    private static final class OffsetFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            List<int[]> spans = new ArrayList<>();
            for (Passage p : passages) {
                for (int i = 0; i < p.getNumMatches(); i++) {
                    spans.add(new int[] {p.getMatchStarts()[i], p.getMatchEnds()[i]});
                }
            }
            return spans;
        }
    }

    /** Exposes the highlighter's per-document objects, which Lucene keeps protected. */
    private static final class OffsetHighlighter extends UnifiedHighlighter {
        OffsetHighlighter(Builder builder) {
            super(builder);
        }

        Map<String, Object[]> offsets(String[] fields, Query query, int[] docIds) throws IOException {
            return highlightFieldsAsObjects(fields, query, docIds, new int[] {1, 1});
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
