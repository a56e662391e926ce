package io.newsflow.enrich.events;

import io.newsflow.enrich.analyze.ArticleAnalyzer;
import io.newsflow.enrich.text.Sentence;
import io.newsflow.enrich.text.SentenceSplitter;
import io.newsflow.enrich.text.Token;
import io.newsflow.enrich.text.Tokenizer;

import java.time.LocalDate;
import java.util.List;

/**
 * Development aid: prints each sentence's words with their part-of-speech tags and clause starts, then the events
 * coded. {@code ExplainEvents "sentence" ...}
 */
public final class ExplainEvents {
    public static void main(String[] args) {
        ArticleAnalyzer analyzer = ArticleAnalyzer.bundled();
        FunctionWords en = FunctionWords.bundled().get("en");
        for (String text : args) {
            List<Token> tokens = Tokenizer.tokenize(text);
            for (Sentence s : SentenceSplitter.split(text, tokens)) {
                SentenceStructure st = SentenceStructure.of(text, tokens, s, en, true);
                StringBuilder line = new StringBuilder();
                for (int i = st.first(); i <= st.last(); i++) {
                    if (st.boundaryBefore(i)) line.append("| ");
                    line.append(tokens.get(i).text()).append('/').append(st.tag(i)).append(' ');
                }
                System.out.println(line);
            }
            analyzer.analyze("x", null, text, LocalDate.of(2024, 6, 1)).events().forEach(e -> System.out.printf(
                    "  %s %s -> %s  conf %.2f %s %s %s%n", e.getType(), e.getSource().getName() + "/" + e.getSource().getSector(),
                    e.getTarget() == null ? "-" : e.getTarget().getName() + "/" + e.getTarget().getSector(), e.getConfidence(),
                    e.getModality(), e.getDate(), e.getDatePrecision()));
        }
    }
}
