package dev.parallax.eval;

import dev.parallax.compare.ParaphraseModel;
import dev.parallax.story.PairFeatures;
import dev.parallax.story.Stories;
import dev.parallax.story.StoryModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Scratch: variants of the story fit measured on one load of the corpus (not part of the product). */
public final class StoryExperiments {
    private StoryExperiments() {
    }

    public static void main(String[] args) throws Exception {
        dev.parallax.Main.quietLibraryLogs();
        long t0 = System.nanoTime();
        StoryEvaluation.Data data = StoryEvaluation.load(Path.of(args[0]));
        System.out.printf("loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        t0 = System.nanoTime();
        StoryEvaluation.TrainingPairs t = StoryEvaluation.TrainingPairs.of(data.train(), data.zyte());
        ParaphraseModel m = t.fit(k -> true);
        System.out.printf("pairs %d, fitted in %.1f s%n", t.pairs().size(), (System.nanoTime() - t0) / 1e9);
        List<int[]> cand = t.index().candidatePairs();
        StoryModel all = new StoryModel(m.features(), m.mean(), m.scale(), m.weights(), m.bias(), 0.5);
        double[] p = cand.stream().mapToDouble(c -> all.probability(t.index().features(c[0], c[1]))).toArray();
        double inSample = StoryEvaluation.bestCut(t.library(), cand, p);
        t0 = System.nanoTime();
        double cv = StoryEvaluation.crossValidatedCut(t);
        System.out.printf("cv in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        report("in-sample cut", data, m, inSample);
        report("cross-validated cut", data, m, cv);
        for (double c = 0.10; c <= 0.51; c += 0.05) {
            report("hindsight scan", data, m, c);
        }
    }

    static void report(String name, StoryEvaluation.Data data, ParaphraseModel m, double cut) {
        StoryModel model = new StoryModel(m.features(), m.mean(), m.scale(), m.weights(), m.bias(), cut);
        Stories s = new Stories(model);
        var test = StoryEvaluation.mixed(data.test(), List.of(), s).clustering();
        var mixed = StoryEvaluation.mixed(data.test(), data.trafilatura(), s);
        System.out.printf(Locale.ROOT, "%-22s cut %.2f | test F1 %.3f P %.3f R %.3f ARI %.3f | mixed F1 %.3f P %.3f joined %d%n",
                name, cut, test.bcubedF1(), test.precision(), test.recall(), test.ari(), mixed.clustering().bcubedF1(),
                mixed.clustering().precision(), mixed.joined());
    }
}
