package dev.parallax.text.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The questions the grammars ask of the tokens, with out-of-range indexes reading as no token. */
class TokenCursorTest {
    private final TokenCursor in = new TokenCursor("Prices rose 5% in May.\nShares fell");

    @Test
    void outOfRangeReadsAsNoToken() {
        assertEquals(9, in.n);
        assertNull(in.tok(-1));
        assertNull(in.tok(9));
        assertNull(in.word(99));
        assertFalse(in.isWord(-1, "prices"));
        assertFalse(in.isSym(9, "."));
        assertFalse(in.joined(0));
        assertFalse(in.glued(0));
    }

    @Test
    void wordsAreFoldedAndSymbolsAreNotWords() {
        assertTrue(in.isWord(0, "prices"));
        assertFalse(in.isWord(0, "Prices"));
        assertEquals("rose", in.word(1));
        assertNull(in.word(2), "5 is a number");
        assertTrue(in.isSym(3, "%"));
        assertNull(in.word(3));
        assertFalse(in.isWord(3, "%"));
    }

    @Test
    void gluedAndJoinedFollowSpacesAndLineBreaks() {
        assertTrue(in.glued(3), "% follows 5 with no space");
        assertFalse(in.glued(4));
        assertTrue(in.joined(4));
        assertTrue(in.glued(6), "the full stop follows May");
        assertFalse(in.joined(7), "Shares starts a new line");
        assertTrue(in.joined(8));
    }

    @Test
    void indexOfFindsTokensByStartOffset() {
        for (int i = 0; i < in.n; i++) {
            assertEquals(i, in.indexOf(in.t[i]));
        }
        NumberToken other = new TokenCursor("xx").t[0];
        assertEquals(0, in.indexOf(other), "same start offset 0");
        NumberToken stranger = new TokenCursor("   x").t[0];
        assertEquals(-1, in.indexOf(stranger));
    }
}
