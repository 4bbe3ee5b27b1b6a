package dev.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.TestData;
import dev.parallax.text.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped lexical model on MSRP dev pairs (the data it was fitted on; cross-validated figures are in docs). */
class ParaphraseModelTest {
    @Test
    void lexicalModelBeatsTheMajorityClassOnMsrp() throws IOException {
        List<String> lines = Files.readAllLines(TestData.corpus("msrp").resolve("dev/msr_paraphrase_dev.tsv"));
        ParaphraseModel model = ParaphraseModel.shipped().lexical();
        int right = 0;
        int total = 0;
        int positives = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] p = line.split("\t", -1);
            if (p.length < 5) {
                continue;
            }
            boolean truth = p[0].strip().equals("1");
            double[] f = LexicalFeatures.of(SentenceProfile.of(new Span(0, p[3].length()), p[3]),
                    SentenceProfile.of(new Span(0, p[4].length()), p[4]));
            right += model.same(f) == truth ? 1 : 0;
            positives += truth ? 1 : 0;
            total++;
        }
        double accuracy = (double) right / total;
        double majority = (double) positives / total;
        assertTrue(total > 2800);
        assertTrue(accuracy >= majority + 0.05, "accuracy " + accuracy + " vs majority " + majority);
    }

    @Test
    void identicalSentencesAreCertainAndUnrelatedOnesAreNot() {
        String s = "The council approved the new budget on Tuesday after a long debate.";
        String t = "Heavy snow closed several mountain roads in the north of the country.";
        SentenceProfile ps = SentenceProfile.of(new Span(0, s.length()), s);
        SentenceProfile pt = SentenceProfile.of(new Span(0, t.length()), t);
        ParaphraseModel model = ParaphraseModel.shipped().lexical();
        assertTrue(model.same(LexicalFeatures.of(ps, ps)));
        assertTrue(model.probability(LexicalFeatures.of(ps, ps)) > model.threshold() + 0.2);
        assertTrue(model.probability(LexicalFeatures.of(ps, pt)) < model.threshold() - 0.2);
    }
}
