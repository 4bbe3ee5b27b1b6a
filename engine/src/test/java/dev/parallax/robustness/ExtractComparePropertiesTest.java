package dev.parallax.robustness;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.compare.Comparer;
import dev.parallax.compare.Comparison;
import dev.parallax.article.AnalyzedArticle;
import dev.parallax.ingest.ArticleLoader;
import dev.parallax.ingest.LoadResult;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Thousands of generated and damaged documents through the whole engine: read (charset, binary sniffing,
 * extraction), analysed (sentences, quotations), compared (wording only: the embedding model is not loaded
 * here) and exported. No input may throw, and every result must satisfy {@link Invariants}.
 *
 * <p>The seed is fixed, so CI runs the same cases every time, some 2,100 in all, each property's share sized
 * by what one try costs; {@link FuzzSettings} lets a longer run multiply them, or change the seed, from the
 * command line (docs/robustness.md).
 */
@AddLifecycleHook(FuzzSettings.class)
class ExtractComparePropertiesTest {
    private static final String SEED = "20261123";
    private static final ArticleLoader LOADER = new ArticleLoader(Long.MAX_VALUE);
    private static final Comparer LEXICAL = new Comparer(null);
    private static final Map<String, Optional<AnalyzedArticle>> ORIGINALS = new ConcurrentHashMap<>();

    /** Reads bytes as the loader reads a file of that name; an article (checked) or a one-line reason. */
    static Optional<AnalyzedArticle> extract(String name, byte[] bytes) {
        LoadResult r = LOADER.fromBytes(Path.of(name), bytes);
        if (r instanceof LoadResult.Failed f) {
            assertFalse(f.reason().isBlank(), "a reason is given");
            assertFalse(f.reason().contains("\n"), "one line: " + f.reason());
            return Optional.empty();
        }
        LoadResult.Loaded l = (LoadResult.Loaded) r;
        Invariants.article(l.article());
        AnalyzedArticle a = AnalyzedArticle.of(l.article());
        Invariants.analysis(a);
        return Optional.of(a);
    }

    static void compareBothWays(AnalyzedArticle a, AnalyzedArticle b) throws IOException {
        Comparison ab = LEXICAL.compare(a, b);
        // what the run covered (shown with -Djqwik.reporting.onlyfailures=false)
        Statistics.label("matched passages").collect(ab.matches().isEmpty() ? "none" : "some");
        Statistics.label("moved or near").collect(ab.matches().stream().anyMatch(m -> m.moved()
                || m.kind() != dev.parallax.compare.MatchKind.IDENTICAL) ? "yes" : "no");
        Invariants.comparison(ab, a, b);
        Invariants.exports(ab);
        Comparison ba = LEXICAL.compare(b, a);
        Invariants.comparison(ba, b, a);
        assertTrue(ab.matches().size() == ba.matches().size() || !ab.matches().isEmpty() || !ba.matches().isEmpty(),
                "both directions run");
    }

    @Provide
    Arbitrary<String> pages() {
        return Documents.html();
    }

    @Provide
    Arbitrary<String> texts() {
        return Documents.text();
    }

    @Provide
    Arbitrary<Charset> charsets() {
        return Documents.charsets();
    }

    @Provide
    Arbitrary<CorpusMutations.Mutated> mutated() {
        return CorpusMutations.mutated();
    }

    @Property(seed = SEED, tries = 400)
    void generatedPagesAreReadAnalysedComparedAndExported(@ForAll("pages") String a, @ForAll("pages") String b,
                                                          @ForAll("charsets") Charset charset, @ForAll boolean bom)
            throws IOException {
        Optional<AnalyzedArticle> pa = extract("a.html", Documents.encode(a, charset, bom));
        Optional<AnalyzedArticle> pb = extract("b.html", b.getBytes(StandardCharsets.UTF_8));
        if (pa.isPresent() && pb.isPresent()) {
            compareBothWays(pa.get(), pb.get());
        }
    }

    @Property(seed = SEED, tries = 300)
    void generatedTextsAreReadAnalysedComparedAndExported(@ForAll("texts") String a, @ForAll("texts") String b,
                                                          @ForAll("charsets") Charset charset, @ForAll boolean bom)
            throws IOException {
        Optional<AnalyzedArticle> ta = extract("a.txt", Documents.encode(a, charset, bom));
        Optional<AnalyzedArticle> tb = extract("b.txt", b.getBytes(StandardCharsets.UTF_8));
        if (ta.isPresent() && tb.isPresent()) {
            compareBothWays(ta.get(), tb.get());
        }
    }

    @Provide
    Arbitrary<List<String>> pieces() {
        return Documents.textPiece().list().ofMaxSize(100);
    }

    /**
     * Two versions of one text, the second edited (pieces dropped, repeated, swapped, moved, words put in):
     * most passages have a counterpart, so the aligner, the diff and the moved marks all do real work.
     */
    @Property(seed = SEED, tries = 300)
    void editedVersionsOfOneTextAreAligned(@ForAll("pieces") List<String> pieces, @ForAll long seed)
            throws IOException {
        List<String> edited = new ArrayList<>(pieces);
        Random r = new Random(seed);
        for (int k = r.nextInt(6); k > 0 && !edited.isEmpty(); k--) {
            int i = r.nextInt(edited.size());
            int j = r.nextInt(edited.size());
            switch (r.nextInt(5)) {
                case 0 -> edited.remove(i);
                case 1 -> edited.add(j, edited.get(i));
                case 2 -> Collections.swap(edited, i, j);
                case 3 -> edited.add(j, "actually ");
                default -> { // a run of pieces moved elsewhere
                    int to = Math.min(edited.size(), i + 1 + r.nextInt(10));
                    List<String> run = new ArrayList<>(edited.subList(i, to));
                    edited.subList(i, to).clear();
                    edited.addAll(Math.min(j, edited.size()), run);
                }
            }
        }
        Optional<AnalyzedArticle> a = extract("a.txt", String.join("", pieces).getBytes(StandardCharsets.UTF_8));
        Optional<AnalyzedArticle> b = extract("b.txt", String.join("", edited).getBytes(StandardCharsets.UTF_8));
        if (a.isPresent() && b.isPresent()) {
            compareBothWays(a.get(), b.get());
        }
    }

    @Property(seed = SEED, tries = 80)
    void damagedCorpusFilesAreReadAndComparedWithTheirOriginal(@ForAll("mutated") CorpusMutations.Mutated m)
            throws IOException {
        Optional<AnalyzedArticle> original = ORIGINALS.computeIfAbsent(m.original().name(),
                name -> extract(name, m.original().bytes()));
        assertTrue(original.isPresent(), "the undamaged corpus file reads: " + m.original());
        Optional<AnalyzedArticle> damaged = extract(m.original().name(), m.bytes());
        if (damaged.isPresent()) { // one way: the pages are long, and both ways are tried on generated documents
            Comparison c = LEXICAL.compare(damaged.get(), original.get());
            Invariants.comparison(c, damaged.get(), original.get());
            Invariants.exports(c);
        }
    }

    @Property(seed = SEED, tries = 1000)
    void anyBytesGiveAnArticleOrAReason(@ForAll @Size(max = 3000) byte[] bytes, @ForAll boolean html) {
        extract(html ? "x.html" : "x.txt", bytes);
    }
}
