package dev.parallax.story;

import dev.parallax.article.AnalyzedArticle;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * A set of articles prepared for the story decision: each article's {@link StoryProfile}, how many articles
 * hold each stem and name (for idf), and a Lucene index of their stems in which each article finds its
 * likely companions with a More Like This query (its heaviest stems, scored by BM25). Only those candidates are ever scored, so the work
 * grows with the number of articles times the candidates each keeps, never with all pairs.
 */
public final class StoryLibrary {
    /** Most companions each article looks at; a story larger than this still joins through its members. */
    static final int CANDIDATES = 30;
    /**
     * Pseudo-documents added to the count of articles in idf = ln((N + P) / df): a library of three reports
     * of one event would otherwise give its shared words no weight at all.
     */
    private static final int PRIOR_DOCUMENTS = 50;
    private static final int QUERY_TERMS = 40;

    private final List<StoryProfile> profiles;
    private final Map<String, Integer> stemDf = new HashMap<>();
    private final Map<String, Integer> nameDf = new HashMap<>();
    private final List<Map<String, Double>> vectors = new ArrayList<>();
    private final List<Map<String, Double>> titleVectors = new ArrayList<>();
    private final List<List<Integer>> candidates;

    public StoryLibrary(List<AnalyzedArticle> articles) {
        profiles = articles.parallelStream().map(StoryProfile::of).toList();
        for (StoryProfile p : profiles) {
            p.stems().keySet().forEach(s -> stemDf.merge(s, 1, Integer::sum));
            p.names().forEach(s -> nameDf.merge(s, 1, Integer::sum));
        }
        for (StoryProfile p : profiles) {
            vectors.add(TfIdf.vector(p.stems(), stem -> idf(stemDf, stem)));
            titleVectors.add(TfIdf.vector(p.titleStems(), stem -> idf(stemDf, stem)));
        }
        candidates = findCandidates();
    }

    public int size() {
        return profiles.size();
    }

    public AnalyzedArticle article(int i) {
        return profiles.get(i).article();
    }

    /** The articles Lucene finds most alike to article {@code i}, best first, never {@code i} itself. */
    public List<Integer> candidates(int i) {
        return candidates.get(i);
    }

    /** Every pair some article found among its candidates, each once with the smaller index first. */
    public List<int[]> candidatePairs() {
        java.util.Set<Long> seen = new java.util.HashSet<>();
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            for (int j : candidates.get(i)) {
                int a = Math.min(i, j);
                int b = Math.max(i, j);
                if (seen.add((long) a * profiles.size() + b)) {
                    out.add(new int[] {a, b});
                }
            }
        }
        return out;
    }

    public PairFeatures features(int i, int j) {
        StoryProfile a = profiles.get(i);
        StoryProfile b = profiles.get(j);
        boolean dated = a.published() != null && b.published() != null;
        double days = dated ? Math.log1p(Math.abs(ChronoUnit.DAYS.between(a.published(), b.published()))) : 0;
        double rank = (closeness(i, j) + closeness(j, i)) / 2;
        double tfidf = TfIdf.cosine(vectors.get(i), vectors.get(j));
        return new PairFeatures(tfidf, TfIdf.cosine(titleVectors.get(i), titleVectors.get(j)), rank, tfidf * rank, containment(a.shingles(), b.shingles()),
                nameOverlap(a.names(), b.names()), quoteOverlap(a, b), figureOverlap(a.figures(), b.figures()),
                dated ? 1 : 0, days);
    }

    private double closeness(int i, int j) {
        int r = candidates.get(i).indexOf(j);
        return r < 0 ? 0 : 1.0 / (1 + r);
    }

    /** The names both articles mention, rarest first: part of why two articles are said to be one story. */
    public List<String> sharedNames(int i, int j, int limit) {
        StoryProfile a = profiles.get(i);
        StoryProfile b = profiles.get(j);
        return a.names().stream().filter(b.names()::contains)
                .sorted(java.util.Comparator.comparingInt((String n) -> nameDf.get(n)).thenComparing(n -> n))
                .limit(limit).toList();
    }

    public List<String> sharedFigures(int i, int j) {
        return profiles.get(i).figures().stream().filter(profiles.get(j).figures()::contains).sorted().toList();
    }

    private double idf(Map<String, Integer> df, String term) {
        return Math.log((double) (profiles.size() + PRIOR_DOCUMENTS) / df.getOrDefault(term, 1));
    }

    private static double containment(Set<Long> a, Set<Long> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<Long> small = a.size() <= b.size() ? a : b;
        Set<Long> large = small == a ? b : a;
        long shared = small.stream().filter(large::contains).count();
        return (double) shared / small.size();
    }

    private double nameOverlap(Set<String> a, Set<String> b) {
        double massA = a.stream().mapToDouble(n -> idf(nameDf, n)).sum();
        double massB = b.stream().mapToDouble(n -> idf(nameDf, n)).sum();
        if (massA == 0 || massB == 0) {
            return 0;
        }
        double shared = a.stream().filter(b::contains).mapToDouble(n -> idf(nameDf, n)).sum();
        return shared / Math.min(massA, massB);
    }

    private static double quoteOverlap(StoryProfile a, StoryProfile b) {
        StoryProfile fewer = a.quotes().size() <= b.quotes().size() ? a : b;
        StoryProfile more = fewer == a ? b : a;
        if (fewer.quotes().isEmpty()) {
            return 0;
        }
        long shared = fewer.quotes().stream().filter(q -> q.stream().anyMatch(more.quoteRuns()::contains)).count();
        return (double) shared / fewer.quotes().size();
    }

    private static double figureOverlap(Set<String> a, Set<String> b) {
        long shared = a.stream().filter(b::contains).count();
        return shared / (Math.min(a.size(), b.size()) + 2.0);
    }

    /**
     * Each article's likely companions: a BM25 query of its {@value #QUERY_TERMS} heaviest stems (TF-IDF
     * weight, as Lucene's MoreLikeThis picks them) against an in-memory index of every article's stems. The
     * weights come from the library's own counts, so no term statistics are read back from the index.
     */
    private List<List<Integer>> findCandidates() {
        WhitespaceAnalyzer analyzer = new WhitespaceAnalyzer();
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                for (int i = 0; i < profiles.size(); i++) {
                    Document d = new Document();
                    d.add(new StoredField("id", i));
                    d.add(new TextField("stems", stemText(profiles.get(i)), Field.Store.NO));
                    w.addDocument(d);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                int[] ids = new int[reader.maxDoc()];
                var stored = searcher.storedFields();
                for (int doc = 0; doc < ids.length; doc++) {
                    ids[doc] = stored.document(doc).getField("id").numericValue().intValue();
                }
                List<List<Integer>> out = new ArrayList<>();
                for (int i = 0; i < profiles.size(); i++) {
                    BooleanQuery.Builder q = new BooleanQuery.Builder();
                    vectors.get(i).entrySet().stream()
                            .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(QUERY_TERMS)
                            .forEach(e -> q.add(new TermQuery(new Term("stems", e.getKey())), BooleanClause.Occur.SHOULD));
                    List<Integer> found = new ArrayList<>();
                    for (ScoreDoc sd : searcher.search(q.build(), CANDIDATES + 1).scoreDocs) {
                        int id = ids[sd.doc];
                        if (id != i && found.size() < CANDIDATES) {
                            found.add(id);
                        }
                    }
                    out.add(List.copyOf(found));
                }
                return out;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // an index in memory
        }
    }

    private static String stemText(StoryProfile p) {
        StringBuilder sb = new StringBuilder();
        p.stems().forEach((stem, n) -> {
            for (int k = 0; k < n; k++) {
                sb.append(stem).append(' ');
            }
        });
        return sb.toString();
    }
}
