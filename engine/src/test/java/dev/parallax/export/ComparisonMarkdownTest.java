package dev.parallax.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.compare.Comparison;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import dev.parallax.compare.Match;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ComparisonMarkdownTest {
    private static String seeds;
    private static String hostile;

    @BeforeAll
    static void render() {
        seeds = ComparisonMarkdown.render(SeedComparison.build());
        hostile = ComparisonMarkdown.render(SeedComparison.hostile());
    }

    @Test
    void opensWithBothReportsAndTheOverlap() {
        Comparison c = SeedComparison.build();
        assertTrue(seeds.startsWith("# Parallax comparison\n"));
        assertTrue(seeds.contains("| **A** | Blinken questions China peace push over Russia help |"), seeds);
        assertTrue(seeds.contains("| **B** | Blinken Says China's Talk of Ukraine Peace 'Doesn't Add Up' |"));
        assertTrue(seeds.contains("000\\_1892a7c5b9cc6f21.txt"), "file names are escaped too");
        assertTrue(seeds.contains("**" + Wording.percent(c.stats().sharedA()) + "** of A is told by B too"));
        assertTrue(seeds.contains("8 matched passages: identical 1, near 3, paraphrase 4 (3 moved)."), seeds);
        assertTrue(seeds.contains("Only in A: 5 passages; only in B: 2 passages."));
    }

    @Test
    void matchedPassagesAreTabledByKindWithWordDifferences() {
        assertTrue(seeds.contains("### Identical (1)"));
        assertTrue(seeds.contains("### Near (3)"));
        assertTrue(seeds.contains("### Paraphrase (4)"));
        assertTrue(seeds.contains("| # | Words shared | Model | A | B | Wording, A → B |"));
        assertTrue(seeds.contains("Words shared: the share of both passages' words"), "the column is explained");
        // near #2: "Blinken met ..." became "He met ..."; built without a model, so no confidence ("—")
        Match near = SeedComparison.build().matches().get(1);
        assertTrue(seeds.contains("| 2 | " + Math.round(100 * near.wordsShared()) + "% | — | ¶2 | ¶2 | ~~Blinken~~ **He** met Chinese Foreign Minister"), seeds);
        assertTrue(seeds.contains("**United Nations** General Assembly **(UNGA) in New York on Friday.**"), seeds);
        assertTrue(seeds.contains("(moved)"));
        assertTableShape(seeds);
    }

    @Test
    void quotesAndNumbersTablesFlagVariantsAndAgreement() {
        assertTrue(seeds.contains("| Speaker | A | B | Wording |"));
        assertTrue(seeds.contains("**variant**"));
        assertTrue(seeds.contains("only in A"));
        assertTrue(seeds.contains("| A | B | Agree |"));
        assertTrue(seeds.contains("| 70 percent of machine tools (¶8) | about 70% of machine tools (¶5) | yes |"),
                seeds);
        assertTrue(seeds.contains("| November 5 (¶"), seeds);
        assertTrue(seeds.contains("## Only in A (5)"));
        assertTrue(seeds.contains("## Only in B (2)"));
        assertTrue(seeds.contains("- ¶"));
    }

    @Test
    void articleTextCannotBreakTablesOrInjectMarkup() {
        assertTrue(hostile.contains("in the form \\| with a pipe \\|"), hostile);
        assertTrue(hostile.contains("\\<script\\>alert(1)\\</script\\>"));
        assertTrue(hostile.contains("\\<img src=x onerror=alert(1)\\>"));
        assertFalse(Pattern.compile("(?<!\\\\)[<>&]").matcher(hostile.replace("→", "")).find(),
                "every <, > and & of the text is escaped, so no tag or entity survives");
        assertTrue(hostile.contains("\\*stars\\*, \\_under\\_ and \\[a link\\](javascript:alert(1))"));
        assertTrue(hostile.contains("\\~\\~strike\\~\\~"));
        assertTrue(hostile.contains("\\# Not a heading 1. not a list \\> not a quote"), "line breaks folded");
        assertTrue(hostile.contains("| **no** |"));
        assertTableShape(hostile);
    }

    /** Every table row has as many unescaped pipes as its header. */
    private static void assertTableShape(String md) {
        List<String> lines = Arrays.asList(md.split("\n"));
        int expected = -1;
        for (String line : lines) {
            if (!line.startsWith("|")) {
                expected = -1;
                continue;
            }
            int pipes = line.replace("\\|", "").length() - line.replace("\\|", "").replace("|", "").length();
            if (expected < 0) {
                expected = pipes;
            }
            assertEquals(expected, pipes, "row breaks its table: " + line);
        }
    }
}
