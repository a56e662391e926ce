package io.newsflow.ingest.extract.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores accumulated over a dev set, averaged as {@code score.py} does: body P and R averaged over pages and F1 taken
 * from the averages; title exact match, date (day) match and author set F1 averaged over the pages whose gold has the
 * field.
 */
public final class DevSetScore {
    /** One extractor's answer for a page, in the scorer's terms; {@code published} is ISO-8601 as the page states it. */
    public record Prediction(String title, List<String> authors, String published, String body) {}

    /** Per-page body score, kept to list the worst pages. */
    public record PageScore(String id, ShingleScore.Prf body, boolean title, Boolean date, Double authors) {}

    private final List<PageScore> pages = new ArrayList<>();

    public PageScore add(DevSet.GoldPage gold, Prediction p) {
        ShingleScore.Prf body = ShingleScore.body(p.body(), gold.body());
        boolean title = ShingleScore.titleMatches(p.title(), gold.title());
        String day = ShingleScore.datePart(p.published());
        Boolean date = gold.published() == null || gold.published().isEmpty() ? null
                : day != null && day.equals(ShingleScore.datePart(gold.published()));
        Double authors = gold.authors() == null ? null : ShingleScore.authorsF1(p.authors() == null ? List.of() : p.authors(), gold.authors());
        PageScore score = new PageScore(gold.id(), body, title, date, authors);
        pages.add(score);
        return score;
    }

    /** The scores of the pages of one part of the dev set ({@link DevSet#part}). */
    public DevSetScore part(DevSet.Part part) {
        DevSetScore sub = new DevSetScore();
        for (PageScore s : pages) if (DevSet.part(s.id()) == part) sub.pages.add(s);
        return sub;
    }

    public List<PageScore> pages() {
        return List.copyOf(pages);
    }

    public double bodyPrecision() {
        return pages.stream().mapToDouble(s -> s.body().p()).average().orElse(Double.NaN);
    }

    public double bodyRecall() {
        return pages.stream().mapToDouble(s -> s.body().r()).average().orElse(Double.NaN);
    }

    public double bodyF1() {
        double p = bodyPrecision(), r = bodyRecall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double titleExact() {
        return pages.stream().mapToDouble(s -> s.title() ? 1 : 0).average().orElse(Double.NaN);
    }

    public double dateDay() {
        return pages.stream().filter(s -> s.date() != null).mapToDouble(s -> s.date() ? 1 : 0).average().orElse(Double.NaN);
    }

    public double authorsF1() {
        return pages.stream().filter(s -> s.authors() != null).mapToDouble(PageScore::authors).average().orElse(Double.NaN);
    }

    public String summary() {
        return String.format(Locale.ROOT, "pages %d%nbody       P=%.4f  R=%.4f  F1=%.4f%ntitle      exact=%.4f%n"
                        + "published  date_exact=%.4f%nauthors    set_F1=%.4f%n",
                pages.size(), bodyPrecision(), bodyRecall(), bodyF1(), titleExact(), dateDay(), authorsF1());
    }
}
