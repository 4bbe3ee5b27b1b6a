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
        missed(data, new StoryModel(m.features(), m.mean(), m.scale(), m.weights(), m.bias(), cv));
        System.out.println("weights " + java.util.Arrays.toString(m.weights()));
        for (double c = 0.10; c <= 0.51; c += 0.05) {
            report("hindsight scan", data, m, c);
        }
    }

    /** Same-event test pairs the clustering split: their signals, probability, and whether Lucene proposed them. */
    static void missed(StoryEvaluation.Data data, StoryModel model) {
        var test = data.test();
        var lib = new dev.parallax.story.StoryLibrary(test.stream().map(StoryEvaluation.Labelled::article).toList());
        var pairs = lib.candidatePairs();
        double[] p = pairs.stream().mapToDouble(c -> model.probability(lib.features(c[0], c[1]))).toArray();
        int[] cl = dev.parallax.story.AverageLinkage.cluster(test.size(), pairs, p, model.cut());
        java.util.Set<Long> cand = new java.util.HashSet<>();
        pairs.forEach(c -> cand.add((long) c[0] * test.size() + c[1]));
        System.out.println(PairFeatures.NAMES);
        for (int i = 0; i < test.size(); i++) {
            for (int j = i + 1; j < test.size(); j++) {
                if (test.get(i).event().equals(test.get(j).event()) && cl[i] != cl[j]) {
                    PairFeatures f = lib.features(i, j);
                    System.out.printf(Locale.ROOT, "missed %s cand=%b p=%.3f %s%n", test.get(i).event(),
                            cand.contains((long) i * test.size() + j), model.probability(f),
                            java.util.Arrays.toString(java.util.Arrays.stream(f.vector()).map(v -> Math.round(v * 1000) / 1000.0).toArray()));
                }
            }
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
