package dev.parallax.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionStatistics;
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
 *
 * <p>For a pair of articles each index is built on its first query ({@link #onDemand}), from only the units
 * that share a stem with the asking ones: a unit sharing none can never be a hit, and against a short report
 * that is nearly all of a long text's 200,000 sentences. BM25 still sees the whole article, since the
 * searcher is given the statistics of every unit ({@link StemTokens}); documents keep reading order, which
 * breaks ties between equal scores. So the candidates are exactly those of an index over every unit.
 */
final class CandidateIndex implements AutoCloseable {
    private static final String STEMS = "stems";
    private static final String ORDINAL = "ordinal";
    private static final int MAX_QUERY_STEMS = 256;
    /** Fewer queries than this run on the calling thread: a short article's are done before a pool would start. */
    private static final int PARALLEL_FROM = 64;
    /** Term frequencies and lengths are all BM25 reads: no positions. */
    private static final FieldType STEM_FIELD = stemField();

    private final List<List<Unit>> units;
    private final boolean onDemand;
    /** Per article, its index once built (null before). */
    private final Target[] targets;

    /** Indexes replaced by a complete one, closed with the rest. */
    private final List<Target> replaced = new ArrayList<>();

    /**
     * One article's index: its searcher, the unit ordinal of each document, and the stems its units were
     * chosen by (null: every unit is in it).
     */
    private record Target(DirectoryReader reader, IndexSearcher searcher, int[] ordinals, Set<String> vocabulary) {
        boolean answers(List<Unit> asking) {
            return vocabulary == null || asking.stream().allMatch(u -> vocabulary.containsAll(u.profile().stems()));
        }
    }

    /** Every article's index over all its units, built now: for many pairs asking into each article (events). */
    CandidateIndex(List<List<Unit>> units) {
        this(units, false);
        for (int t = 0; t < units.size(); t++) {
            targets[t] = build(units.get(t), null);
        }
    }

    private CandidateIndex(List<List<Unit>> units, boolean onDemand) {
        this.units = units;
        this.onDemand = onDemand;
        this.targets = new Target[units.size()];
    }

    /**
     * Indexes built on each article's first query, from the units that share a stem with the asking units:
     * for one pair, where each article is asked into once. A second query into the same article takes the
     * index over all its units.
     */
    static CandidateIndex onDemand(List<List<Unit>> units) {
        return new CandidateIndex(units, true);
    }

    /** Ordinals of the best-matching units of article {@code target} for {@code unit}, best first. */
    private static List<Integer> candidates(Target target, Unit unit, int limit) {
        Set<String> stems = unit.profile().stemSet();
        if (stems.isEmpty()) {
            return List.of();
        }
        try {
            BooleanQuery.Builder terms = new BooleanQuery.Builder();
            for (String stem : queryStems(stems, target.searcher())) {
                terms.add(new TermQuery(new Term(STEMS, stem)), BooleanClause.Occur.SHOULD);
            }
            List<Integer> out = new ArrayList<>();
            for (ScoreDoc sd : target.searcher().search(terms.build(), limit).scoreDocs) {
                out.add(target.ordinals()[sd.doc]);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The best candidates in article {@code target} for each of many units, in their order. Searchers are
     * thread-safe, so a long article's thousands of queries run on every core.
     */
    List<List<Integer>> candidatesOfEach(List<Unit> asking, int target, int limit) {
        if (asking.isEmpty()) {
            return List.of();
        }
        Target index = target(asking, target);
        java.util.stream.IntStream each = java.util.stream.IntStream.range(0, asking.size());
        if (asking.size() > PARALLEL_FROM) {
            each = each.parallel();
        }
        return each.mapToObj(k -> candidates(index, asking.get(k), limit)).toList();
    }

    private synchronized Target target(List<Unit> asking, int target) {
        Target known = targets[target];
        if (known == null && onDemand) {
            Set<String> vocabulary = new HashSet<>();
            for (Unit u : asking) {
                vocabulary.addAll(u.profile().stems());
            }
            known = targets[target] = build(units.get(target), vocabulary);
        } else if (known != null && !known.answers(asking)) { // asked again with other stems: every unit
            replaced.add(known);
            known = targets[target] = build(units.get(target), null);
        }
        return known;
    }

    /** An index of the units having a stem in {@code vocabulary} (all units when null), scored as over all. */
    private static Target build(List<Unit> article, Set<String> vocabulary) {
        try {
            // Small and short-lived: one buffer per file makes the many term lookups cheap slices.
            ByteBuffersDirectory dir = new ByteBuffersDirectory(new SingleInstanceLockFactory(),
                    ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
            StemTokens.Totals totals = new StemTokens.Totals();
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
                for (Unit u : article) {
                    List<String> tokens = StemTokens.of(u.profile().stems());
                    totals.add(tokens);
                    if (vocabulary != null && tokens.stream().noneMatch(vocabulary::contains)) {
                        continue; // shares no stem with any question: never a hit
                    }
                    Document d = new Document();
                    d.add(new Field(STEMS, new StemTokens(tokens), STEM_FIELD));
                    d.add(new NumericDocValuesField(ORDINAL, u.ordinal()));
                    w.addDocument(d);
                }
            }
            DirectoryReader reader = DirectoryReader.open(dir);
            CollectionStatistics whole = totals.statistics(STEMS, article.size());
            IndexSearcher searcher = new IndexSearcher(reader) {
                @Override
                public CollectionStatistics collectionStatistics(String field) throws IOException {
                    return STEMS.equals(field) ? whole : super.collectionStatistics(field);
                }
            };
            return new Target(reader, searcher, ordinals(reader), vocabulary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
    private static Collection<String> queryStems(Set<String> stems, IndexSearcher searcher) throws IOException {
        if (stems.size() <= MAX_QUERY_STEMS) {
            return stems;
        }
        java.util.Map<String, Integer> df = new java.util.HashMap<>();
        for (String stem : stems) {
            df.put(stem, searcher.getIndexReader().docFreq(new Term(STEMS, stem)));
        }
        return stems.stream().sorted(java.util.Comparator.comparingInt(df::get)).limit(MAX_QUERY_STEMS).toList();
    }

    private static FieldType stemField() {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        t.freeze();
        return t;
    }

    @Override
    public void close() {
        try {
            for (Target t : targets) {
                if (t != null) {
                    t.reader().close();
                }
            }
            for (Target t : replaced) {
                t.reader().close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
