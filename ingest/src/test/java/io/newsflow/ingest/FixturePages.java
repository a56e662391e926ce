package io.newsflow.ingest;

/** Article pages for the fixture sites, written for these tests. */
public final class FixturePages {
    private FixturePages() {}

    /** An English article page; {@code canonical} may be null. */
    public static String article(String title, String canonical, String... paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) body.append("<p>").append(p).append("</p>\n");
        return """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>%s</title>%s
                <meta property="og:site_name" content="Fixture Herald"></head>
                <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <article><h1>%s</h1>
                %s</article><footer>Fixture Herald, all rights reserved</footer></body></html>
                """.formatted(title, canonical == null ? "" : "<link rel=\"canonical\" href=\"" + canonical + "\">", title, body);
    }

    public static final String[] TALKS = {
            "Armenian and Russian officials met in Yerevan on Tuesday to discuss the operation of the railway network that a Russian company has run since 2008.",
            "The deputy ministers agreed to set up a working group that will report within three months on tariffs, maintenance and a timetable for modernising the Gyumri line.",
            "Neither side commented on reports that the concession could be reviewed before it expires."};

    public static final String[] GAS = {
            "Armenia and Russia signed an addendum to their natural gas supply agreement, keeping the border price unchanged for the coming year.",
            "The energy minister said the deal protects households from a winter price rise, while critics argued that it deepens dependence on a single supplier.",
            "The addendum still has to be ratified by parliament in Yerevan."};

    public static final String[] GRAIN = {
            "Wheat deliveries from southern Russia to Armenia resumed after the Upper Lars checkpoint reopened following three days of snowstorms.",
            "Hundreds of lorries had queued on both sides of the mountain pass, and traders in Yerevan reported a short rise in flour prices.",
            "Transport officials said they would publish daily updates while the weather remains unsettled."};
}
