package io.newsflow.devstack.elasticsearch;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.hy.ArmenianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

import java.util.Map;
import java.util.function.BiFunction;

/**
 * Registers Lucene's English, Russian and Armenian analyzers under the names the full Elasticsearch distribution
 * gives them ({@code english}, {@code russian}, {@code armenian}), with the same {@code stopwords} and
 * {@code stem_exclusion} settings. The published server jar lacks the analysis-common module that normally provides
 * them, and newsflow's mappings must work unchanged on the embedded node and on a real cluster.
 */
public final class LanguageAnalyzersPlugin extends Plugin implements AnalysisPlugin {

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Map.of(
                "english", provider(EnglishAnalyzer::new, EnglishAnalyzer.getDefaultStopSet()),
                "russian", provider(RussianAnalyzer::new, RussianAnalyzer.getDefaultStopSet()),
                "armenian", provider(ArmenianAnalyzer::new, ArmenianAnalyzer.getDefaultStopSet()));
    }

    private static AnalysisProvider<AnalyzerProvider<? extends Analyzer>> provider(
            BiFunction<CharArraySet, CharArraySet, Analyzer> constructor, CharArraySet defaultStopWords) {
        return (indexSettings, environment, name, settings) -> {
            Analyzer analyzer = constructor.apply(
                    Analysis.parseStopWords(environment, settings, defaultStopWords),
                    Analysis.parseStemExclusion(settings, CharArraySet.EMPTY_SET));
            return new AbstractIndexAnalyzerProvider<>(name) {
                @Override
                public Analyzer get() {
                    return analyzer;
                }
            };
        };
    }
}
