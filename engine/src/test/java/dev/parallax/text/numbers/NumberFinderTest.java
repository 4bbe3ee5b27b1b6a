package dev.parallax.text.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.junit.jupiter.api.Test;

class NumberFinderTest {
    private final NumberFinder finder = new NumberFinder();

    /** The one mention whose span text is {@code written}. */
    private static NumberMention only(String text, String written) {
        List<NumberMention> all = new NumberFinder().find(text);
        for (NumberMention m : all) {
            if (m.span().of(text).equals(written)) {
                return m;
            }
        }
        fail("no mention \"" + written + "\" in " + describe(text, all));
        return null;
    }

    private static String describe(String text, List<NumberMention> all) {
        return all.stream().map(m -> "[" + m.span().of(text) + "]").toList().toString();
    }

    private List<String> spans(String text) {
        return finder.find(text).stream().map(m -> m.span().of(text)).toList();
    }

    @Test
    void integersAndDecimalsWithSeparators() {
        String text = "Officials counted 1,200 troops, 2.5 tonnes of grain and 1,234,567 votes.";
        NumberMention troops = only(text, "1,200");
        assertEquals(1200, troops.value());
        assertNull(troops.unit());
        assertEquals("troops", troops.counts());
        assertFalse(troops.approximate());
        assertEquals(2.5, only(text, "2.5").value());
        assertEquals("tonnes", only(text, "2.5").counts());
        assertEquals(1234567, only(text, "1,234,567").value());
        assertEquals("votes", only(text, "1,234,567").counts());
    }

    @Test
    void europeanSeparatorsAreRead() {
        assertEquals(2.5e9, only("Die Hilfe umfasst 2,5 Milliarden Euro.", "2,5 Milliarden Euro").value());
        assertEquals("eur", only("Die Hilfe umfasst 2,5 Milliarden Euro.", "2,5 Milliarden Euro").unit());
        assertEquals(1200000, only("Es waren 1.200.000 Menschen.", "1.200.000").value());
    }

    @Test
    void numberWords() {
        String text = "Seventeen countries signed; two hundred and fifty thousand people marched, "
                + "twenty-five were hurt and a dozen officers resigned.";
        assertEquals(17, only(text, "Seventeen").value());
        assertEquals("countries", only(text, "Seventeen").counts());
        assertEquals(250_000, only(text, "two hundred and fifty thousand").value());
        assertEquals("people", only(text, "two hundred and fifty thousand").counts());
        assertEquals(25, only(text, "twenty-five").value());
        NumberMention dozen = only(text, "a dozen");
        assertEquals(12, dozen.value());
        assertEquals("officers", dozen.counts());
    }

    @Test
    void vagueQuantitiesAreApproximate() {
        String text = "Hundreds of protesters gathered and tens of thousands of refugees fled.";
        NumberMention hundreds = only(text, "Hundreds");
        assertEquals(100, hundreds.value());
        assertTrue(hundreds.approximate());
        assertEquals("protesters", hundreds.counts());
        NumberMention tens = only(text, "tens of thousands");
        assertEquals(10_000, tens.value());
        assertTrue(tens.approximate());
        assertEquals("refugees", tens.counts());
    }

    @Test
    void aLoneOneIsNotAQuantity() {
        assertEquals(List.of(), spans("On the one hand, it is one of the best; no one knows."));
        assertEquals(List.of("one million"), spans("It cost one million."));
    }

    @Test
    void percentages() {
        String text = "China supplied 70% of machine tools, 70 percent of chips, 70 per cent of drones "
                + "and 90% of microelectronics needed by Russia.";
        for (String written : List.of("70%", "70 percent", "70 per cent")) {
            NumberMention m = only(text, written);
            assertEquals(70, m.value());
            assertEquals("percent", m.unit());
        }
        assertEquals("machine tools", only(text, "70%").counts());
        assertEquals("chips", only(text, "70 percent").counts());
        assertEquals("microelectronics", only(text, "90%").counts());
    }

    @Test
    void percentagePoints() {
        NumberMention m = only("Rates rose 2 percentage points.", "2 percentage points");
        assertEquals(2, m.value());
        assertEquals("percentage points", m.unit());
    }

    @Test
    void money() {
        String text = "The US pledged $2.5 billion in aid, the EU €40 million, Japan 2 billion dollars, "
                + "Britain £3bn and Canada C$5m.";
        NumberMention usd = only(text, "$2.5 billion");
        assertEquals(2.5e9, usd.value(), 1);
        assertEquals("usd", usd.unit());
        assertEquals("aid", usd.counts());
        assertEquals(4e7, only(text, "€40 million").value(), 1);
        assertEquals("eur", only(text, "€40 million").unit());
        assertEquals(2e9, only(text, "2 billion dollars").value(), 1);
        assertEquals("usd", only(text, "2 billion dollars").unit());
        assertEquals(3e9, only(text, "£3bn").value(), 1);
        assertEquals("gbp", only(text, "£3bn").unit());
        assertEquals(5e6, only(text, "C$5m").value(), 1);
        assertEquals("cad", only(text, "C$5m").unit());
    }

    @Test
    void billionsOfDollarsIsApproximateMoney() {
        String text = "The United States has shipped billions of dollars in weapons to Ukraine.";
        NumberMention m = only(text, "billions of dollars");
        assertEquals(1e9, m.value(), 1);
        assertEquals("usd", m.unit());
        assertTrue(m.approximate());
        assertEquals("weapons", m.counts());
    }

    @Test
    void scalesWithoutCurrency() {
        assertEquals(3e6, only("Some 3 million people voted.", "Some 3 million").value(), 1);
        assertEquals(1.2e9, only("A 1.2bn market.", "1.2bn").value(), 1);
        // a bare "m" next to a number is metres, not millions
        NumberMention metres = only("A 10m wall.", "10m");
        assertEquals(10, metres.value());
    }

    @Test
    void dates() {
        String text = "Ahead of the November 5 election, on 5 November 2024 and Nov. 5, 2024, and the 3rd of May.";
        NumberMention nov5 = only(text, "November 5");
        assertEquals(5, nov5.value());
        assertEquals("date", nov5.unit());
        assertEquals("--11-05", nov5.date());
        assertNull(nov5.counts());
        assertEquals("2024-11-05", only(text, "5 November 2024").date());
        assertEquals("2024-11-05", only(text, "Nov. 5, 2024").date());
        assertEquals("--05-03", only(text, "3rd of May").date());
        NumberMention monthYear = only("a summit in November 2023 with Biden", "November 2023");
        assertEquals("date", monthYear.unit());
        assertEquals("2023-11", monthYear.date());
        assertEquals("2024-11-05", only("Filed 2024-11-05.", "2024-11-05").date());
    }

    @Test
    void weekdaysAndModalMayAreNotNumbers() {
        assertEquals(List.of(), spans("Blinken on Friday said talks may resume."));
        assertEquals(List.of(), spans("They march in March."));
    }

    @Test
    void years() {
        String text = "Since the 2022 invasion by Russia, and in 2023, prices doubled.";
        NumberMention invasion = only(text, "2022");
        assertEquals("year", invasion.unit());
        assertEquals(2022, invasion.value());
        assertNull(invasion.counts(), "the 2022 invasion is not 2022 invasions");
        assertEquals("year", only(text, "2023").unit());
        NumberMention season = only("the 2022-23 season", "2022-23");
        assertEquals("year", season.unit());
        assertEquals(2022, season.value());
        assertEquals(2023, season.high());
        assertEquals("decade", only("in the 1990s", "1990s").unit());
    }

    @Test
    void hedgedFourDigitNumbersAreCounts() {
        NumberMention m = only("More than 2000 people fled.", "More than 2000");
        assertNull(m.unit());
        assertTrue(m.approximate());
        assertEquals("people", m.counts());
    }

    @Test
    void ordinalsThatCountSomething() {
        String text = "For the third time, and the second consecutive year, in the 21st century. The first lady spoke.";
        NumberMention third = only(text, "third");
        assertEquals(3, third.value());
        assertEquals("ordinal", third.unit());
        assertEquals("time", third.counts());
        assertEquals("consecutive year", only(text, "second").counts());
        assertEquals("century", only(text, "21st").counts());
        assertFalse(spans(text).contains("first"), "'first lady' counts nothing");
    }

    @Test
    void ranges() {
        String text = "Between 5 and 7 percent of voters, 10 to 12 people, 10-12% of the vote, two or three days.";
        NumberMention between = only(text, "Between 5 and 7 percent");
        assertEquals(5, between.value());
        assertEquals(7, between.high());
        assertTrue(between.isRange());
        assertEquals("percent", between.unit());
        assertEquals("voters", between.counts());
        NumberMention people = only(text, "10 to 12");
        assertEquals(10, people.value());
        assertEquals(12, people.high());
        assertEquals("people", people.counts());
        assertEquals("percent", only(text, "10-12%").unit());
        assertEquals(3, only(text, "two or three").high());
        assertEquals(10e9, only("$10 to $12 billion", "$10 to $12 billion").value(), 1);
    }

    @Test
    void fromToIsAChangeNotARange() {
        assertEquals(List.of("5", "7 percent"), spans("Inflation rose from 5 to 7 percent."));
    }

    @Test
    void hedges() {
        String text = "about 70 cars, around 80 buses, nearly 3,000 soldiers, almost 40 tanks, roughly 12 ships, "
                + "more than 17 nations, over 500 planes, at least 6 dead, some 40 drones, up to 12 years, "
                + "approximately 5 hours, ~30 boats";
        for (String written : List.of("about 70", "around 80", "nearly 3,000", "almost 40", "roughly 12",
                "more than 17", "over 500", "at least 6", "some 40", "up to 12", "approximately 5", "~30")) {
            NumberMention m = only(text, written);
            assertTrue(m.approximate(), written);
        }
        assertEquals(3000, only(text, "nearly 3,000").value());
        assertEquals("soldiers", only(text, "nearly 3,000").counts());
        assertEquals("nations", only(text, "more than 17").counts());
        assertFalse(only("exactly 70 cars", "70").approximate());
        NumberMention trailing = only("70 or so people", "70 or so");
        assertTrue(trailing.approximate());
        assertEquals("people", trailing.counts());
    }

    @Test
    void timesOfDay() {
        NumberMention pm = only("at 5 p.m. local time", "5 p.m.");
        assertEquals("time", pm.unit());
        assertEquals(17, pm.value());
        assertEquals(10.5, only("at 10:30 a.m.", "10:30 a.m.").value());
        assertEquals("time", only("at 14:45", "14:45").unit());
    }

    @Test
    void identifiersAreSkipped() {
        assertEquals(List.of(), spans("F-16 jets, COVID-19 cases, G7 leaders, 24/7 coverage, 5G masts, 192.168.1.1"));
    }

    @Test
    void countedPhrases() {
        assertEquals("machine tools", only("70 percent of the machine tools", "70 percent").counts());
        assertEquals("armored vehicles", only("12 armored vehicles were seen", "12").counts());
        assertEquals("countries", only("a meeting of 17 countries.", "17").counts());
        assertNull(only("The vote was 52.", "52").counts());
        assertEquals("year-old", only("a 65-year-old man", "65").counts());
        assertEquals("nation", only("the 12-nation Pacific trade deal", "12").counts());
        assertEquals("aid", only("$882 billion worth of aid", "$882 billion").counts());
        assertNull(only("$882 billion worth -- cuts", "$882 billion").counts());
    }

    @Test
    void otherLanguagesDoNotBreakAnything() {
        assertEquals("percent", only("Die Arbeitslosigkeit stieg auf 5 Prozent.", "5 Prozent").unit());
        for (String text : List.of("El 70 por ciento de los votos", "Около 70 процентов станков",
                "قال إن 70 في المئة من الأدوات", "中国提供了70%的机床", "٧٠٪ من الأدوات")) {
            assertNotNull(finder.find(text));
        }
        assertEquals(70, only("El 70 por ciento de los votos", "70 por ciento").value());
    }

    @Test
    void offsetsIndexTheGivenText() {
        String text = "“Nearly 3,000”\u00A0soldiers — and 70 %\nof 12 tanks";
        for (NumberMention m : finder.find(text)) {
            assertTrue(m.span().end() <= text.length());
            assertFalse(m.span().of(text).isBlank());
        }
        assertEquals(List.of("Nearly 3,000", "70 %", "12"), spans(text));
    }

    @Test
    void precisionIsTheRoundingStepAsWritten() {
        String text = "$2.5 billion, 70%, 3.14 metres, 1,200 troops, seventeen boats";
        assertEquals(1e8, NumberFinder.precision(text, only(text, "$2.5 billion")), 1);
        assertEquals(1, NumberFinder.precision(text, only(text, "70%")));
        assertEquals(0.01, NumberFinder.precision(text, only(text, "3.14")), 1e-12);
        assertEquals(1, NumberFinder.precision(text, only(text, "1,200")));
        assertTrue(Double.isNaN(NumberFinder.precision(text, only(text, "seventeen"))));
    }

    @Test
    void emptyAndNullInput() {
        assertEquals(List.of(), finder.find(""));
        assertEquals(List.of(), finder.find(null));
        assertEquals(List.of(), finder.find("   \n\n  "));
    }
}
