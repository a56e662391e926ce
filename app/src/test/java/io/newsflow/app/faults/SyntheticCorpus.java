package io.newsflow.app.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic corpus of synthetic news pages for the fault tests: the same {@code seed} and {@code articles} always
 * give the same files, byte for byte, so a faulty run can be compared with a clean one. Each page is an HTML file with a
 * canonical URL (so its article id does not depend on where the file lies), a publication time in early 2025, and
 * 2–24 paragraphs of sentences naming actors the bundled dictionary knows (so enrich finds actors and events):
 * <ul>
 *   <li>about 10% Russian ({@code lang="ru"}), the rest English;</li>
 *   <li>about 15% syndicated copies: an earlier page's body under another outlet's URL and headline (story linking
 *       points them at the first report);</li>
 *   <li>sizes from a few hundred bytes to ~15 KB of text.</li>
 * </ul>
 * Files are written into {@code parts} sub-folders {@code part-0 … part-(parts-1)} of about equal size, in order, so a
 * test can feed the pipeline a part at a time.
 */
final class SyntheticCorpus {
    /** Share of pages that copy an earlier page's body (per mille). */
    static final int SYNDICATED_PER_MILLE = 150;
    /** Share of Russian pages (per mille). */
    static final int RUSSIAN_PER_MILLE = 100;

    private static final String[] EN_ACTORS = {"Russia", "Armenia", "Azerbaijan", "Vladimir Putin", "Nikol Pashinyan",
            "Sergei Lavrov", "Ararat Mirzoyan", "Turkey", "Iran", "the European Union", "Georgia", "France"};
    private static final String[] EN_VERBS = {"met", "accused", "criticised", "praised", "held talks with", "threatened",
            "imposed sanctions on", "called", "signed an agreement with", "condemned", "thanked", "warned"};
    private static final String[] EN_PLACES = {"in Yerevan", "in Moscow", "in Baku", "in Brussels", "in Tbilisi", "on Tuesday",
            "on Friday", "last week"};
    private static final String[] EN_FILLER = {"Officials said the talks would continue next month.",
            "The ministry gave no further details.", "Analysts expect the dispute over the railway to drag on.",
            "Gas prices at the border stayed unchanged for the quarter.", "Trade between the two countries grew by a tenth.",
            "The statement was published on the government's website late in the evening."};
    private static final String[] RU_SENTENCES = {"Лавров провёл переговоры с Мирзояном в Ереване.",
            "Россия обвинила Азербайджан в нарушении перемирия.", "Путин встретился с Пашиняном в Москве.",
            "Армения подписала соглашение с Ираном о поставках газа.", "Пашинян раскритиковал ОДКБ.",
            "Министерство не сообщило подробностей.", "Стороны договорились продолжить консультации в следующем месяце."};
    private static final Instant EPOCH = Instant.parse("2025-01-01T06:00:00Z");

    private SyntheticCorpus() {}

    /** One generated page: its file and canonical URL. */
    record Page(Path file, String url, boolean copy) {}

    /** Writes {@code articles} pages under {@code dir} in {@code parts} folders; returns them in order. */
    static List<Page> write(Path dir, int articles, int parts, long seed) {
        Random random = new Random(seed);
        List<String[]> bodies = new ArrayList<>(); // [language, title, body html]
        List<Page> pages = new ArrayList<>(articles);
        try {
            for (int part = 0; part < parts; part++) Files.createDirectories(dir.resolve("part-" + part));
            for (int i = 0; i < articles; i++) {
                boolean copy = !bodies.isEmpty() && random.nextInt(1000) < SYNDICATED_PER_MILLE;
                String[] story = copy ? bodies.get(random.nextInt(bodies.size())) : story(random, i);
                if (!copy) bodies.add(story);
                String outlet = "outlet" + random.nextInt(20) + ".example.org";
                String url = "https://" + outlet + "/news/" + i;
                String title = copy ? story[1] + " (" + outlet + ")" : story[1];
                Instant published = EPOCH.plus(i * 7L, ChronoUnit.MINUTES).plusSeconds(random.nextInt(600));
                String html = "<!doctype html><html lang=\"" + story[0] + "\"><head><meta charset=\"utf-8\"><title>" + title
                        + "</title><link rel=\"canonical\" href=\"" + url + "\"><meta property=\"article:published_time\" content=\""
                        + published + "\"></head><body><nav><a href=\"/\">Home</a></nav><article><h1>" + title + "</h1>"
                        + story[2] + "</article></body></html>";
                Path file = dir.resolve("part-" + (int) ((long) i * parts / articles)).resolve(String.format("a%06d.html", i));
                Files.writeString(file, html);
                pages.add(new Page(file, url, copy));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    private static String[] story(Random random, int n) {
        boolean russian = random.nextInt(1000) < RUSSIAN_PER_MILLE;
        int paragraphs = 2 + (random.nextInt(10) == 0 ? random.nextInt(23) : random.nextInt(6));
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < paragraphs; p++) {
            body.append("<p>");
            int sentences = 2 + random.nextInt(5);
            for (int s = 0; s < sentences; s++) {
                if (s > 0) body.append(' ');
                body.append(russian ? pick(random, RU_SENTENCES) : englishSentence(random));
            }
            body.append("</p>");
        }
        String title = russian ? "Новости дня №" + n + ": " + pick(random, RU_SENTENCES).replace(".", "")
                : "Story " + n + ": " + englishSentence(random).replace(".", "");
        return new String[] {russian ? "ru" : "en", title, body.toString()};
    }

    private static String englishSentence(Random random) {
        if (random.nextInt(3) == 0) return pick(random, EN_FILLER);
        String source = pick(random, EN_ACTORS);
        String target;
        do target = pick(random, EN_ACTORS); while (target.equals(source));
        String sentence = source + " " + pick(random, EN_VERBS) + " " + target + " " + pick(random, EN_PLACES) + ".";
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    private static String pick(Random random, String[] from) {
        return from[random.nextInt(from.length)];
    }
}
