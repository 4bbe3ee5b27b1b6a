package dev.parallax.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;

/**
 * Finds, for each unit, the units of another article most likely to say the same: BM25 over the stems of
 * every unit, in small in-memory Lucene indexes built for the comparison, one per article (so a query
 * needs no filter). This keeps the pairs to score near-linear in the number of units, from two articles
 * to hundreds.
 */
final class CandidateIndex implements AutoCloseable {
    private static final String STEMS = "stems";
    private static final String ORDINAL = "ordinal";
    private static final int MAX_QUERY_STEMS = 256;
    /** Fewer queries than this run on the calling thread: a short article's are done before a pool would start. */
    private static final int PARALLEL_FROM = 64;

    private final List<DirectoryReader> readers = new ArrayList<>();
    private final List<IndexSearcher> searchers = new ArrayList<>();
    /** Per article, the unit ordinal of each document: read once, since a stored-field read per hit decompresses a block. */
    private final List<int[]> ordinals = new ArrayList<>();

    CandidateIndex(List<List<Unit>> units) {
        try {
            for (List<Unit> article : units) {
                // Small and short-lived: one buffer per file makes the many term lookups cheap slices.
                ByteBuffersDirectory dir = new ByteBuffersDirectory(new SingleInstanceLockFactory(),
                        ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
                // Stems are already analysed by the profile; the index only splits on spaces.
                try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
                    for (Unit u : article) {
                        Document d = new Document();
                        d.add(new TextField(STEMS, String.join(" ", u.profile().stems()), Field.Store.NO));
                        d.add(new NumericDocValuesField(ORDINAL, u.ordinal()));
                        w.addDocument(d);
                    }
                }
                DirectoryReader reader = DirectoryReader.open(dir);
                readers.add(reader);
                searchers.add(new IndexSearcher(reader));
                ordinals.add(ordinals(reader));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ordinals of the best-matching units of article {@code target} for {@code unit}, best first. */
    List<Integer> candidates(Unit unit, int target, int limit) {
        java.util.Set<String> stems = unit.profile().stemSet();
        if (stems.isEmpty()) {
            return List.of();
        }
        IndexSearcher searcher = searchers.get(target);
        try {
            BooleanQuery.Builder terms = new BooleanQuery.Builder();
            for (String stem : queryStems(stems, searcher)) {
                terms.add(new TermQuery(new Term(STEMS, stem)), BooleanClause.Occur.SHOULD);
            }
            int[] ordinal = ordinals.get(target);
            List<Integer> out = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(terms.build(), limit).scoreDocs) {
                out.add(ordinal[sd.doc]);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@link #candidates} for each of many units, in their order. Searchers are thread-safe, so a long
     * article's thousands of queries run on every core.
     */
    List<List<Integer>> candidatesOfEach(List<Unit> units, int target, int limit) {
        java.util.stream.IntStream each = java.util.stream.IntStream.range(0, units.size());
        if (units.size() > PARALLEL_FROM) {
            each = each.parallel();
        }
        return each.mapToObj(k -> candidates(units.get(k), target, limit)).toList();
    }

    private static int[] ordinals(DirectoryReader reader) throws IOException {
        int[] out = new int[reader.maxDoc()];
        for (LeafReaderContext leaf : reader.leaves()) {
            NumericDocValues values = leaf.reader().getNumericDocValues(ORDINAL);
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                out[leaf.docBase + doc] = (int) values.longValue();
            }
        }
        return out;
    }

    /**
     * The stems to query with: all of them, or for a unit with more than {@link #MAX_QUERY_STEMS} (a heading
     * or list far longer than any sentence) the rarest in the target, which decide BM25's ranking anyway.
     * Lucene refuses queries of more than 1,024 clauses.
     */
    private static java.util.Collection<String> queryStems(java.util.Set<String> stems, IndexSearcher searcher)
            throws IOException {
        if (stems.size() <= MAX_QUERY_STEMS) {
            return stems;
        }
        java.util.Map<String, Integer> df = new java.util.HashMap<>();
        for (String stem : stems) {
            df.put(stem, searcher.getIndexReader().docFreq(new Term(STEMS, stem)));
        }
        return stems.stream().sorted(java.util.Comparator.comparingInt(df::get)).limit(MAX_QUERY_STEMS).toList();
    }

    @Override
    public void close() {
        try {
            for (DirectoryReader r : readers) {
                r.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
