package dev.parallax.text.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "“…!” X tweeted early Tuesday.": a cue after a sentence-final quote may say when and how it was said. */
class SaidAfterQuoteTest {
    private final QuoteFinder finder = new QuoteFinder();

    private List<String> speakers(String text) {
        return finder.find(text).stream().filter(q -> q.depth() == 0).map(Quotation::speaker).toList();
    }

    @Test
    void aCueWithWhenOrHowAfterAnExclamationAttachesBack() {
        assertEquals(List.of("Ana Ruiz"), speakers("“Fire him now!” Ana Ruiz tweeted early Tuesday."));
        assertEquals(List.of("Ana Ruiz"), speakers("“Is it over?” Ana Ruiz asked shortly after the vote."));
        assertEquals(List.of("Ana Ruiz"), speakers("“We won!” Ana Ruiz said as she left the hall."));
    }

    @Test
    void aNewSentenceAboutSomethingElseDoesNot() {
        assertEquals(java.util.Arrays.asList((String) null),
                speakers("“We won!” Ana Ruiz said nothing else was planned."));
    }

    @Test
    void aParticipleAfterACommaQuotesTheSubjectOfItsClause() {
        assertEquals(List.of("Ana Ruiz"), speakers("Ana Ruiz hit back at the council on Friday, calling the plan “a disgrace.”"));
        assertEquals(List.of("Ana Ruiz"), speakers("But Ana Ruiz urged the council to “act now” at the meeting, adding, “We cannot wait.”")
                .subList(1, 2));
        // a capital that only opens the sentence is no subject
        assertEquals(java.util.Arrays.asList((String) null),
                speakers("Authorities examined the packages, calling them “suspected devices.”"));
    }
}
