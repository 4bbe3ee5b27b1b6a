package dev.parallax.story;

import dev.parallax.text.analysis.Analyzers;
import dev.parallax.article.AnalyzedArticle;
import dev.parallax.text.Sentence;
import dev.parallax.text.Token;
import dev.parallax.text.Tokens;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the story decision reads of one article, computed once: its stems with their counts (title and
 * body, and the title alone), hashed runs of five words (verbatim passages), the names it mentions, the figures it gives, the
 * runs of four words of each quotation (and of all together), and the day it was published.
 */
record StoryProfile(AnalyzedArticle article, Map<String, Integer> stems, Map<String, Integer> titleStems, Set<Long> shingles, Set<String> names,
                    Set<String> figures, List<Set<Long>> quotes, Set<Long> quoteRuns, LocalDate published) {
    private static final int SHINGLE = 5;
    private static final int QUOTE_SHINGLE = 4;
    private static final CharArraySet STOP_WORDS = EnglishAnalyzer.getDefaultStopSet();
    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    static StoryProfile of(AnalyzedArticle analyzed) {
        String text = analyzed.text();
        String title = analyzed.article().title() == null ? "" : analyzed.article().title();
        Map<String, Integer> stems = new HashMap<>();
        for (String s : Analyzers.stems(title + "\n\n" + text)) {
            stems.merge(s, 1, Integer::sum);
        }
        Map<String, Integer> titleStems = new HashMap<>();
        for (String s : Analyzers.stems(title)) {
            titleStems.merge(s, 1, Integer::sum);
        }
        List<String> words = Analyzers.comparableWords(text);
        List<Set<Long>> quotes = analyzed.quotes().stream()
                .map(q -> shingles(Analyzers.comparableWords(q.content(text)), QUOTE_SHINGLE))
                .filter(s -> !s.isEmpty()).toList();
        Set<Long> quoteRuns = new HashSet<>();
        quotes.forEach(quoteRuns::addAll);
        return new StoryProfile(analyzed, stems, titleStems, shingles(words, SHINGLE), names(analyzed), figures(text), quotes,
                quoteRuns, day(analyzed.article().metadata().date()));
    }

    /** Hashes of every run of {@code n} words: two texts sharing a passage share its runs. */
    static Set<Long> shingles(List<String> words, int n) {
        Set<Long> out = new HashSet<>();
        for (int i = 0; i + n <= words.size(); i++) {
            long h = 1125899906842597L;
            for (int k = i; k < i + n; k++) {
                h = 31 * h + words.get(k).hashCode();
            }
            out.add(h);
        }
        return out;
    }

    /**
     * Capitalised words that are not the first word of a sentence (nor stop words): the people, places and
     * organisations an article names, in scripts with case.
     */
    private static Set<String> names(AnalyzedArticle analyzed) {
        String text = analyzed.text();
        Set<Integer> sentenceStarts = new HashSet<>();
        for (Sentence s : analyzed.sentences()) {
            sentenceStarts.add(firstLetter(text, s.start()));
        }
        Set<String> out = new HashSet<>();
        for (Token t : Tokens.of(text)) {
            if (Character.isUpperCase(text.charAt(t.start())) && t.end() - t.start() >= 2
                    && !sentenceStarts.contains(t.start()) && !STOP_WORDS.contains(t.folded())) {
                out.add(t.folded());
            }
        }
        return out;
    }

    private static int firstLetter(String text, int from) {
        int i = from;
        while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Figures of two or more digits, written without separators ("42,000" and "42000" are one figure). */
    private static Set<String> figures(String text) {
        Set<String> out = new HashSet<>();
        for (Token t : Tokens.of(text)) {
            String digits = t.folded().replace(",", "");
            if (digits.length() >= 2 && digits.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
                out.add(digits);
            }
        }
        return out;
    }

    /** The day an ISO-8601 date (or date-time) names, or null when there is none. */
    static LocalDate day(String date) {
        if (date == null) {
            return null;
        }
        Matcher m = ISO_DAY.matcher(date);
        if (!m.lookingAt()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    String title() {
        return article.article().title();
    }

}
