package io.newsflow.demo.bench;

import io.newsflow.devstack.site.Articles;
import io.newsflow.devstack.site.Corpus;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The benchmark's articles, deterministic from a seed: the same seed, size and host count give the same pages byte for
 * byte on every run, so figures from two runs compare like with like. Article {@code n} is served by host
 * {@code n % hosts} (as {@link io.newsflow.devstack.site.LoopbackNewsSite} places it) and has:
 * <ul>
 *   <li>a language: {@value #RUSSIAN_PERCENT}% Russian, {@value #ARMENIAN_PERCENT}% Armenian, the rest English, in
 *       {@code <html lang>} and in the text (word lists with the actors the pipeline watches, so enrich has actors to
 *       resolve);</li>
 *   <li>a length drawn evenly from {@value #MIN_WORDS}–{@value #MAX_WORDS} words, in paragraphs of 3–6 sentences;</li>
 *   <li>with probability {@code copyShare} (default {@value #COPY_PERCENT}%) the title and text of the previous
 *       article's story, on another host: a syndicated copy, which ingest produces as that outlet's article and marks
 *       as a copy (a copy on the same host would be a duplicate, so the previous story is taken only from another
 *       host).</li>
 * </ul>
 * Publication dates are 30 s apart from 2026-01-01T00:00Z (100,000 articles span five weeks: two monthly indexes).
 * Pages that change after publication are not generated: ingest does not fetch a seen URL again, so an update would
 * measure nothing.
 */
final class BenchCorpus implements Corpus {
    static final int MIN_WORDS = 200;
    static final int MAX_WORDS = 1500;
    static final int RUSSIAN_PERCENT = 15;
    static final int ARMENIAN_PERCENT = 5;
    static final int COPY_PERCENT = 10;
    private static final Instant FIRST = Instant.parse("2026-01-01T00:00:00Z");

    /** A language of the corpus: its ISO 639-1 code and the words its text is drawn from. */
    private record Language(String code, List<String> words) {
        static Language of(String code, String words) {
            return new Language(code, List.of(words.split(" ")));
        }
    }

    private static final Language ENGLISH = Language.of("en", "government minister talks border agreement trade council "
            + "parliament election region security energy pipeline summit delegation treaty economy budget report court "
            + "decision village river harvest market school hospital road bridge railway officials residents spokesman "
            + "statement visit capital province committee proposal reform investment company workers negotiations "
            + "observers journalists conference Armenia Russia Yerevan Moscow Pashinyan Putin Lavrov Azerbaijan");
    private static final Language RUSSIAN = Language.of("ru", "правительство министр переговоры граница соглашение "
            + "торговля совет парламент выборы регион безопасность энергетика трубопровод саммит делегация договор "
            + "экономика бюджет доклад суд решение село река урожай рынок школа больница дорога мост железная "
            + "чиновники жители представитель заявление визит столица область комитет предложение реформа "
            + "инвестиции компания рабочие наблюдатели журналисты Армения Россия Ереван Москва Пашинян Путин Лавров");
    private static final Language ARMENIAN = Language.of("hy", "կառավարություն նախարար բանակցություններ սահման "
            + "համաձայնագիր առևտուր խորհուրդ խորհրդարան ընտրություններ տարածաշրջան անվտանգություն էներգետիկա "
            + "գագաթնաժողով պատվիրակություն պայմանագիր տնտեսություն բյուջե զեկույց դատարան որոշում գյուղ գետ "
            + "բերք շուկա դպրոց հիվանդանոց ճանապարհ կամուրջ պաշտոնյաներ բնակիչներ հայտարարություն այց մայրաքաղաք "
            + "Հայաստան Ռուսաստան Երևան Մոսկվա Փաշինյան Պուտին");

    private final long seed;
    private final int size;
    private final int hosts;
    private final int copyPercent;

    /** {@code size} articles over {@code hosts} hosts from {@code seed}, {@code copyPercent}% of them syndicated copies. */
    BenchCorpus(long seed, int size, int hosts, int copyPercent) {
        this.seed = seed;
        this.size = size;
        this.hosts = hosts;
        this.copyPercent = copyPercent;
    }

    @Override
    public int size() {
        return size;
    }

    /** The article whose story {@code n} tells: itself, or for a syndicated copy the original on another host. */
    int story(int n) {
        int story = n;
        // a copy of a copy is a copy of the original; a chain that came back to n's host stops being a copy
        while (story > 0 && random(story, 1).nextInt(100) < copyPercent) story--;
        return story % hosts == n % hosts && story != n ? n : story;
    }

    /** Whether {@code n} is a syndicated copy of an earlier article. */
    boolean isCopy(int n) {
        return story(n) != n;
    }

    /** The language code of article {@code n}. */
    String language(int n) {
        return language(random(story(n), 2)).code();
    }

    @Override
    public String title(int n) {
        int story = story(n);
        return "Report " + story + ": " + sentence(random(story, 3), language(random(story, 2)), 6);
    }

    @Override
    public Instant published(int n) {
        return FIRST.plusSeconds(30L * n);
    }

    @Override
    public String page(String base, int n) {
        int story = story(n);
        Language language = language(random(story, 2));
        SplittableRandom random = random(story, 4);
        int words = MIN_WORDS + random.nextInt(MAX_WORDS - MIN_WORDS + 1);
        StringBuilder body = new StringBuilder();
        while (words > 0) {
            body.append("<p>");
            for (int s = 3 + random.nextInt(4); s > 0 && words > 0; s--) {
                int length = Math.min(words, 8 + random.nextInt(13));
                body.append(sentence(random, language, length)).append(". ");
                words -= length;
            }
            body.append("</p>\n");
        }
        return Articles.html(language.code(), title(n), base + "/articles/" + n + ".html", published(n), body.toString());
    }

    private SplittableRandom random(int n, int purpose) {
        return new SplittableRandom(seed * 1_000_003L + n * 8L + purpose);
    }

    private static Language language(SplittableRandom random) {
        int roll = random.nextInt(100);
        return roll < RUSSIAN_PERCENT ? RUSSIAN : roll < RUSSIAN_PERCENT + ARMENIAN_PERCENT ? ARMENIAN : ENGLISH;
    }

    private static String sentence(SplittableRandom random, Language language, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String w = language.words().get(random.nextInt(language.words().size()));
            s.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : " " + w);
        }
        return s.toString();
    }
}
