package dev.parallax.present;

import java.util.Locale;

/**
 * The two figures shown beside a matched passage, and what they mean, worded once for the window and the
 * exports: how many words the two passages share, and, when the paraphrase model judged the pair, how sure
 * it is. They measure different things: a paraphrase can share few words and still be sure.
 */
public final class MatchFigures {
    /** What "words shared" measures, for legends and tooltips. */
    public static final String WORDS_SHARED_MEANING = "Words shared: the share of both passages' words that a "
            + "minimal word diff keeps in order (case and punctuation aside; an acronym counts as the words it "
            + "stands for, UN as United Nations).";
    /** What the model's figure measures, for legends and tooltips. */
    public static final String MODEL_MEANING = "Model: how sure the paraphrase model is that both passages state "
            + "the same thing, judged from their wording and, for English, their meaning; it is not a share of words.";
    /** How the kinds follow from the words shared, for legends. */
    public static final String KINDS_MEANING = "Near when a diff keeps at least 75 % of the words, or when most "
            + "of the shorter passage (and much of the longer) stands in verbatim runs of three words or more; "
            + "otherwise paraphrase.";

    private MatchFigures() {
    }

    /** "57%". */
    public static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    /** "words shared 57%". */
    public static String wordsShared(double share) {
        return "words shared " + percent(share);
    }

    /** "model 84%", or "" when no model judged the pair (NaN). */
    public static String confidence(double confidence) {
        return Double.isNaN(confidence) ? "" : String.format(Locale.ROOT, "model %.0f%%", 100 * confidence);
    }

    /** "words shared 57% · model 84%", the model's part left out when it has none. */
    public static String both(double wordsShared, double confidence) {
        String model = confidence(confidence);
        return wordsShared(wordsShared) + (model.isEmpty() ? "" : " · " + model);
    }
}
