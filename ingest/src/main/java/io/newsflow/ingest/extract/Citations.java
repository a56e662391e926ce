package io.newsflow.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds {@code [n]}-style reference markers in extracted text and attaches the targets a page gave them. */
final class Citations {
    static final Pattern MARKER = Pattern.compile("\\[(\\d{1,3})]");

    private Citations() {}

    /** @param targets marker ({@code [2]}) to target URL, from the page's links; may be empty */
    static List<ExtractedArticle.CitationMark> find(String text, Map<String, String> targets) {
        List<ExtractedArticle.CitationMark> marks = new ArrayList<>();
        Matcher m = MARKER.matcher(text);
        while (m.find()) marks.add(new ExtractedArticle.CitationMark(m.group(), m.start(), targets.get(m.group())));
        return marks;
    }
}
