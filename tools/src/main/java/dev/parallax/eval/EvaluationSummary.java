package dev.parallax.eval;

import dev.parallax.compare.event.EventComparer;
import dev.parallax.compare.semantic.SentenceEmbedder;
import dev.parallax.index.ArticleIndex;
import dev.parallax.workspace.Meaning;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every evaluation in one run, as one table: each headline figure beside the best peer figure the corpus
 * ships or the literature reports (see docs/evaluation.md for the definitions and the detailed tables,
 * which {@code scripts/evaluate extraction|quotes|paraphrase|...} print).
 */
public final class EvaluationSummary {
    /** One line of the table; {@code peer} is NaN where no peer figure exists. */
    public record Line(String evaluation, String metric, double parallax, double peer, String peerName) {
    }

    private EvaluationSummary() {
    }

    public static List<Line> run(Path corpus, Path vectorIndex) throws Exception {
        List<Line> lines = new ArrayList<>();
        ExtractionEvaluation extraction = new ExtractionEvaluation();
        ExtractionEvaluation.ZyteReport zyte = extraction.zyte(corpus.resolve("article-extraction-benchmark/dev"));
        Map.Entry<String, ShingleMetric.Summary> bestPeer = zyte.baselines().entrySet().stream()
                .max(Map.Entry.comparingByValue(java.util.Comparator.comparingDouble(ShingleMetric.Summary::f1)))
                .orElse(null);
        lines.add(new Line("extraction, Zyte dev (" + zyte.ours().pages() + " pages)", "F1 (4-shingles)",
                zyte.ours().f1(), bestPeer == null ? Double.NaN : bestPeer.getValue().f1(),
                bestPeer == null ? "" : bestPeer.getKey()));
        ExtractionEvaluation.SnippetReport snippets = extraction.snippets(corpus.resolve("trafilatura-eval/dev"));
        lines.add(new Line("extraction, trafilatura-eval dev (" + snippets.pages().size() + " pages)",
                "keep/drop accuracy", snippets.overall().accuracy(), Double.NaN, ""));
        snippets.byLanguage().forEach((language, score) -> lines.add(new Line("  language " + language,
                "keep/drop accuracy (" + score.total() + " snippets)", score.accuracy(), Double.NaN, "")));
        lines.add(new Line("titles, trafilatura-eval dev", "exact or contained", snippets.titleContainedRate(),
                Double.NaN, ""));

        QuoteEvaluation.Report quotes = QuoteEvaluation.evaluate(corpus);
        lines.add(new Line("quotations, BASIL (" + quotes.articles() + " articles)", "quote recall",
                quotes.quoteRecall(), Double.NaN, ""));
        lines.add(new Line("", "quote precision (proxy)", quotes.precisionProxy(), Double.NaN, ""));
        lines.add(new Line("", "speaker accuracy (one-person gold)", quotes.personSpeakerAccuracy(), Double.NaN, ""));
        lines.add(new Line("", "speaker recall (one-person gold)", quotes.personSpeakerRecall(), Double.NaN, ""));

        ParaphraseEvaluation.Report paraphrase = ParaphraseEvaluation.run(corpus, Path.of("target", "msrp-vectors.bin"));
        ParaphraseEvaluation.Row ours = paraphrase.rows().getLast();
        lines.add(new Line("paraphrase, MSRP dev (" + paraphrase.pairs() + " pairs, 10-fold)", "accuracy",
                ours.accuracy(), 0.76, "best published lexical systems"));
        lines.add(new Line("", "F1", ours.f1(), Double.NaN, ""));

        // Events: sentence vectors are kept between runs in the evaluations' own index.
        try (ArticleIndex index = ArticleIndex.open(vectorIndex).index()) {
            SentenceEmbedder embedder = Meaning.embedder(index.vectorStore());
            CoverageEvaluation.Report basil = CoverageEvaluation.basil(corpus, embedder);
            lines.add(new Line("events, BASIL (300 same-event vs 300 hardest pairs)", "ROC AUC of coverage",
                    basil.coverageFigure(), basil.tfidfFigure(), "document TF-IDF"));
            CoverageEvaluation.Report semeval = CoverageEvaluation.semeval(corpus, embedder);
            lines.add(new Line("events, SemEval-2022 Arabic (" + semeval.pairs().size() + " pairs)",
                    "Spearman of coverage vs rating", semeval.coverageFigure(), semeval.tfidfFigure(), "document TF-IDF"));
            QuoteLinkEvaluation.Report links = QuoteLinkEvaluation.evaluate(corpus, new EventComparer(embedder), 0, null);
            lines.add(new Line("quotes across outlets, BASIL (" + links.events() + " events)", "link recall",
                    links.recall(), Double.NaN, ""));
            lines.add(new Line("", "link precision", links.strictPrecision(), Double.NaN, ""));
            index.commit();
        }
        return lines;
    }

    public static void main(String[] args) throws Exception {
        dev.parallax.Main.quietLibraryLogs();
        Path corpus = CorpusFiles.defaultCorpus();
        Path vectorIndex = Path.of("target", "eval-index");
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--index")) {
                vectorIndex = Path.of(args[++i]);
            } else {
                corpus = Path.of(args[i]);
            }
        }
        long t0 = System.nanoTime();
        List<Line> lines = run(corpus, vectorIndex);
        System.out.printf(Locale.ROOT, "%-54s %-34s %9s %9s  %s%n", "evaluation", "metric", "Parallax", "peer", "");
        for (Line l : lines) {
            System.out.printf(Locale.ROOT, "%-54s %-34s %9.3f %9s  %s%n", l.evaluation(), l.metric(), l.parallax(),
                    Double.isNaN(l.peer()) ? "" : String.format(Locale.ROOT, "%.3f", l.peer()), l.peerName());
        }
        System.out.printf(Locale.ROOT, "%n(%.1f s)%n", (System.nanoTime() - t0) / 1e9);
    }
}
