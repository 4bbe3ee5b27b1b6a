package dev.parallax.text.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fa.PersianNormalizationFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The two ways Parallax reads text into the index. {@code exact}: every word, case and typography folded,
 * so phrases match word for word. {@code stemmed}: stop words dropped and words reduced to stems (English
 * and Arabic), so "smearing" finds "smear" and reworded quotes still share most terms.
 */
public final class Analyzers {
    private static final Analyzer STEMMED = stemmed();
    private static final Analyzer EXACT = exact();
    private static final Analyzer SPELLING = spellingFolded();

    private Analyzers() {
    }

    /** The stems of a text as the index sees them (stop words dropped), in order. */
    public static List<String> stems(String text) {
        return terms(STEMMED, text);
    }

    /** Every word of a text, folded as the index sees it, in order. */
    public static List<String> words(String text) {
        return terms(EXACT, text);
    }

    /**
     * Every word as {@link #words} gives it, with the spelling variants of the Arabic script folded too
     * (hamza forms of alef, alef maqsura, teh marbuta, diacritics, tatweel; Persian letter forms): reports
     * from different sites spell one Arabic word several ways, as English ones vary only in case. For
     * comparing texts; the index keeps {@link #words}.
     */
    public static List<String> comparableWords(String text) {
        return terms(SPELLING, text);
    }

    /** A word as {@link #comparableWords} gives it, with where it stands in the text. */
    public record Word(String word, int start, int end) {
    }

    /** {@link #comparableWords} with each word's offsets (to read its original spelling, e.g. its case). */
    public static List<Word> comparableWordSpans(String text) {
        List<Word> out = new ArrayList<>();
        try (TokenStream ts = SPELLING.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Word(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: the text is in memory
        }
        return out;
    }

    /** The terms any analyzer makes of text held in memory. */
    public static List<String> terms(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: the text is in memory
        }
        return out;
    }

    /** Every Parallax analyzer reads text through {@link FoldingCharFilter}. */
    private abstract static class Folding extends Analyzer {
        @Override
        protected Reader initReader(String field, Reader reader) {
            return new FoldingCharFilter(reader);
        }
    }

    public static Analyzer exact() {
        return folded(false);
    }

    static Analyzer spellingFolded() {
        return folded(true);
    }

    /** Every word, lower-cased and accent-folded; with {@code arabicSpelling}, Arabic spelling variants too. */
    private static Analyzer folded(boolean arabicSpelling) {
        return new Folding() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream s = new LowerCaseFilter(source);
                s = new ASCIIFoldingFilter(s);
                if (arabicSpelling) { // both filters only touch Arabic-script letters
                    s = new PersianNormalizationFilter(s);
                    s = new ArabicNormalizationFilter(s);
                }
                return new TokenStreamComponents(source, s);
            }
        };
    }

    public static Analyzer stemmed() {
        return new Folding() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream s = new EnglishPossessiveFilter(source);
                s = new LowerCaseFilter(s);
                s = new StopFilter(s, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                s = new StopFilter(s, ArabicAnalyzer.getDefaultStopSet());
                s = new ASCIIFoldingFilter(s);
                // Both stemmers only touch their own script, so one chain serves English and Arabic text.
                s = new ArabicNormalizationFilter(s);
                s = new ArabicStemFilter(s);
                s = new PorterStemFilter(s);
                return new TokenStreamComponents(source, s);
            }
        };
    }

}
