package dev.parallax.index;

import java.io.Reader;
import java.util.Map;
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
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The two ways Parallax reads text into the index. {@code exact}: every word, case and typography folded,
 * so phrases match word for word. {@code stemmed}: stop words dropped and words reduced to stems (English
 * and Arabic), so "smearing" finds "smear" and reworded quotes still share most terms.
 */
final class Analyzers {
    private Analyzers() {
    }

    static Analyzer exact() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream s = new LowerCaseFilter(source);
                s = new ASCIIFoldingFilter(s);
                return new TokenStreamComponents(source, s);
            }

            @Override
            protected Reader initReader(String field, Reader reader) {
                return new FoldingCharFilter(reader);
            }
        };
    }

    static Analyzer stemmed() {
        return new Analyzer() {
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

            @Override
            protected Reader initReader(String field, Reader reader) {
                return new FoldingCharFilter(reader);
            }
        };
    }

    /** The analyzer for documents and queries: stemmed for the stem field, exact for everything else. */
    static Analyzer perField() {
        return new PerFieldAnalyzerWrapper(exact(), Map.of(Schema.STEM, stemmed()));
    }
}
