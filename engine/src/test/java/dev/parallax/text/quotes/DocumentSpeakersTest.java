package dev.parallax.text.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A statement, letter or ad never speaks: whoever issued it does. "The president said" refers back to the
 * person last named who acted, as "he said" does; a spokesman named right after is that spokesman.
 */
class DocumentSpeakersTest {
    private final QuoteFinder finder = new QuoteFinder();

    private List<String> speakers(String text) {
        return finder.find(text).stream().filter(q -> q.depth() == 0).map(Quotation::speaker).toList();
    }

    @Test
    void theOwnerOfAStatementSpeaks() {
        assertEquals(List.of("Ana Ruiz"), speakers("Ana Ruiz's statement said the vote was \"a great day for the city.\""));
        assertEquals(List.of("harbour authority"),
                speakers("The harbour authority's statement called the plan \"reckless and expensive.\""));
    }

    @Test
    void aStatementFromSomeoneIsTheirs() {
        assertEquals(List.of("Ana Ruiz"),
                speakers("A statement from Ana Ruiz said, \"We will appeal the ruling at once.\""));
    }

    @Test
    void aDocumentMentionedAgainSpeaksForWhoeverIssuedIt() {
        String text = "Mayor Tom Berg sent a letter to the council on Monday.\n\n"
                + "\"We cannot wait another year,\" the letter says.";
        assertEquals(List.of("Tom Berg"), speakers(text));
        String nobody = "A letter reached the council on Monday.\n\n\"We cannot wait another year,\" the letter says.";
        assertNotEquals("letter", speakers(nobody).getFirst(), "a letter is no speaker");
    }

    @Test
    void aTimeIsNoOwner() {
        assertNotEquals("Wednesday", speakers("Wednesday's speech called the tax \"a burden on families.\"").getFirst());
    }

    @Test
    void anOfficeRefersToThePersonLastNamedWhoActedAndAnApposedNameWins() {
        String text = "Rick Dalton toured the plant on Friday and met workers there.\n\n"
                + "\"I think it is a disgrace,\" the presumptive nominee said.";
        assertEquals(List.of("Rick Dalton"), speakers(text));
        String spokesman = "Ana Ruiz visited the port.\n\n\"It is their choice,\" said the spokesman, Nick Moreno.";
        assertEquals(List.of("Nick Moreno"), speakers(spokesman));
    }

    @Test
    void aSpeakerNamedAfterTheVerbIsWhomAnOfficeLaterRefersTo() {
        String text = "\"We will win,\" says Dana Pratt, a farmer who met Tom Berg on Friday.\n\n"
                + "\"We are ready,\" the candidate continues.";
        assertEquals(List.of("Dana Pratt", "Dana Pratt"), speakers(text));
    }
}
