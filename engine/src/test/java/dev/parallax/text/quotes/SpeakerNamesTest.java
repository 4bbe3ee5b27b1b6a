package dev.parallax.text.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One name per person across reports, in the fullest form given; different people stay apart. */
class SpeakerNamesTest {
    @Test
    void middleInitialsTitlesAndBareSurnamesJoinTheFullestForm() {
        Map<String, String> m = SpeakerNames.canonical(List.of("Marta Kowal", "Marta J. Kowal", "Kowal", "Sen. Kowal"));
        assertEquals("Marta J. Kowal", m.get("Marta Kowal"));
        assertEquals("Marta J. Kowal", m.get("Kowal"));
        assertEquals("Marta J. Kowal", m.get("Sen. Kowal"));
        assertEquals("Marta J. Kowal", m.get("Marta J. Kowal"));
    }

    @Test
    void differentFirstNamesDescriptionsAndOfficesStayApart() {
        Map<String, String> m = SpeakerNames.canonical(List.of("Bill Harlow", "Jane Harlow", "Harlow",
                "Harlow's office", "the congressman", "White House"));
        assertEquals("Bill Harlow", m.get("Bill Harlow"));
        assertEquals("Jane Harlow", m.get("Jane Harlow"));
        assertEquals("Harlow", m.get("Harlow"), "a surname two speakers share is left as written");
        assertEquals("Harlow's office", m.get("Harlow's office"));
        assertEquals("the congressman", m.get("the congressman"));
        assertEquals("White House", m.get("White House"));
    }
}
