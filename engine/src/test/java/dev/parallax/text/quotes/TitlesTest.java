package dev.parallax.text.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names of shows, books and films in quote marks are not quotations; quoted words in title case still are. */
class TitlesTest {
    private final QuoteFinder finder = new QuoteFinder();

    private List<String> quoted(String text) {
        return finder.find(text).stream().filter(q -> q.depth() == 0).map(q -> q.content(text)).toList();
    }

    @Test
    void showAndBookTitlesAreNotQuotations() {
        assertEquals(List.of("We will win the vote."), quoted(
                "Speaking on KTV's \"Morning Desk,\" Senator Ana Ruiz said: \"We will win the vote.\""));
        assertEquals(List.of(), quoted("Ruiz said on \"Sunday Roundtable\" that the bill would pass."));
        assertEquals(List.of(), quoted("She wrote in her memoir, \"Roads to the Capital,\" that she grew up poor."));
        assertEquals(List.of(), quoted("The magazine ran a cover story called “The Iron Mayor” last week."));
        assertEquals(List.of(), quoted("He appeared on NBC’s “Today” on Monday."));
    }

    @Test
    void speechInTitleCaseOrAfterAPersonsNameStaysAQuotation() {
        // a one-word quote after a person's possessive is that person's word
        assertEquals(List.of("Compromise"), quoted("Critics mocked the mayor's “Compromise” plan."));
        // a nickname coined by a speaker, one word after "called"
        assertEquals(List.of("Crooked"), quoted("He called her “Crooked” again."));
        // a headline capitalises every word: "To" is no preposition of a title here
        assertEquals(List.of("Show A Little Class"), quoted("Aide Apologizes To 'Show A Little Class' Critics"));
        // sentences and exclamations are said, not named
        assertEquals(List.of("Fix It Now!"), quoted("Protesters chanted on \"Fix It Now!\" outside."));
        assertEquals(List.of("we will not back down"), quoted("She said on Monday \"we will not back down\"."));
    }
}
