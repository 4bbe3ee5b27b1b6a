package dev.parallax.story;

import dev.parallax.article.AnalyzedArticle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups a library of articles into the stories they report, and ranks the other reports of one article's
 * story. One decision serves both: {@link StoryModel} on the {@link PairFeatures} of candidate pairs found
 * through the Lucene index, then average-linkage clustering cut where the model says ({@link StoryModel#cut}).
 */
public final class Stories {
    private final StoryModel model;

    public Stories() {
        this(StoryModel.shipped());
    }

    public Stories(StoryModel model) {
        this.model = model;
    }

    /** Every article in exactly one story; the largest stories first, then by their first publication. */
    public List<Story> group(List<AnalyzedArticle> articles) {
        StoryLibrary library = new StoryLibrary(articles);
        List<int[]> pairs = library.candidatePairs();
        double[] probability = pairs.parallelStream()
                .mapToDouble(p -> model.probability(library.features(p[0], p[1]))).toArray();
        int[] cluster = AverageLinkage.cluster(library.size(), pairs, probability, model.cut());
        double[] closeness = new double[library.size()];
        for (int k = 0; k < pairs.size(); k++) {
            int a = pairs.get(k)[0];
            int b = pairs.get(k)[1];
            if (cluster[a] == cluster[b]) {
                closeness[a] += probability[k];
                closeness[b] += probability[k];
            }
        }
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < library.size(); i++) {
            members.computeIfAbsent(cluster[i], c -> new ArrayList<>()).add(i);
        }
        List<Story> out = new ArrayList<>();
        for (List<Integer> m : members.values()) {
            int central = m.stream().max(Comparator.comparingDouble((Integer i) -> closeness[i])
                    .thenComparing(i -> -i)).orElseThrow();
            List<AnalyzedArticle> ordered = m.stream().map(library::article).sorted(BY_PUBLICATION).toList();
            out.add(new Story(library.article(central).article().title(), ordered));
        }
        out.sort(Comparator.comparingInt((Story s) -> -s.articles().size())
                .thenComparing(s -> s.articles().getFirst(), BY_PUBLICATION));
        return out;
    }

    /**
     * The other articles of the library that Lucene finds alike to {@code library.get(target)}, most likely
     * the same story first, each with the reasons; those below the model's cut are listed too, marked so.
     */
    public List<Related> related(List<AnalyzedArticle> library, int target) {
        StoryLibrary lib = new StoryLibrary(library);
        List<Related> out = new ArrayList<>();
        for (int other : lib.candidates(target)) {
            PairFeatures f = lib.features(target, other);
            out.add(new Related(lib.article(other), model.probability(f), model.cut(), f, lib.sharedNames(target, other, 6),
                    lib.sharedFigures(target, other)));
        }
        out.sort(Comparator.comparingDouble(Related::probability).reversed());
        return out;
    }

    private static final Comparator<AnalyzedArticle> BY_PUBLICATION = Comparator
            .comparing((AnalyzedArticle a) -> StoryProfile.day(a.article().metadata().date()),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(a -> a.article().path());
}
