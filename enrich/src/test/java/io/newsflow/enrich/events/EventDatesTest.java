package io.newsflow.enrich.events;

import io.newsflow.schemas.DatePrecision;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EventDatesTest {
    static final LocalDate PUBLISHED = LocalDate.of(2025, 5, 21); // a Wednesday

    @Test
    void absoluteDatesKeepTheirPrecision() {
        assertThat(EventDates.find("Lavrov arrived on 12 May 2025.", null)).isEqualTo(new EventDate(LocalDate.of(2025, 5, 12), DatePrecision.DAY));
        assertThat(EventDates.find("On May 12, 2025 talks began.", null)).isEqualTo(new EventDate(LocalDate.of(2025, 5, 12), DatePrecision.DAY));
        assertThat(EventDates.find("In May 2025, Lavrov held talks.", null)).isEqualTo(new EventDate(LocalDate.of(2025, 5, 1), DatePrecision.MONTH));
        assertThat(EventDates.find("By February 2024, Armenia stopped funding.", null))
                .isEqualTo(new EventDate(LocalDate.of(2024, 2, 1), DatePrecision.MONTH));
        assertThat(EventDates.find("the conflict in 2023", null)).isEqualTo(new EventDate(LocalDate.of(2023, 1, 1), DatePrecision.YEAR));
    }

    @Test
    void relativeDatesNeedThePublicationDate() {
        assertThat(EventDates.find("Putin called on Tuesday.", PUBLISHED)).isEqualTo(new EventDate(LocalDate.of(2025, 5, 20), DatePrecision.DAY));
        assertThat(EventDates.find("They met yesterday.", PUBLISHED)).isEqualTo(new EventDate(LocalDate.of(2025, 5, 20), DatePrecision.DAY));
        assertThat(EventDates.find("Talks stalled last month.", PUBLISHED)).isEqualTo(new EventDate(LocalDate.of(2025, 4, 1), DatePrecision.MONTH));
        assertThat(EventDates.find("Putin called on Tuesday.", null)).isNull();
    }

    @Test
    void theModalMayIsNotAMonth() {
        assertThat(EventDates.find("The EU may halt mediation.", PUBLISHED)).isNull();
    }

    @Test
    void aDayAndMonthWithoutAYearIsTheLatestNotAfterPublication() {
        assertThat(EventDates.find("Talks were held on 12 May.", PUBLISHED)).isEqualTo(new EventDate(LocalDate.of(2025, 5, 12), DatePrecision.DAY));
        assertThat(EventDates.find("The deal was signed on 3 December.", PUBLISHED))
                .isEqualTo(new EventDate(LocalDate.of(2024, 12, 3), DatePrecision.DAY));
        assertThat(EventDates.find("The strikes began in late February.", PUBLISHED))
                .isEqualTo(new EventDate(LocalDate.of(2025, 2, 1), DatePrecision.MONTH));
    }

    @Test
    void russianDates() {
        assertThat(EventDates.find("12 февраля 2024 года стороны подписали соглашение.", null))
                .isEqualTo(new EventDate(LocalDate.of(2024, 2, 12), DatePrecision.DAY));
        assertThat(EventDates.find("Встреча прошла 3 мая.", PUBLISHED)).isEqualTo(new EventDate(LocalDate.of(2025, 5, 3), DatePrecision.DAY));
        assertThat(EventDates.find("В феврале 2024 года Армения заморозила участие.", null))
                .isEqualTo(new EventDate(LocalDate.of(2024, 2, 1), DatePrecision.MONTH));
        assertThat(EventDates.find("в 2023 году", null)).isEqualTo(new EventDate(LocalDate.of(2023, 1, 1), DatePrecision.YEAR));
        assertThat(EventDates.find("Вчера министры встретились.", PUBLISHED)).isEqualTo(new EventDate(LocalDate.of(2025, 5, 20), DatePrecision.DAY));
        assertThat(EventDates.find("Во вторник Лавров прибыл в Ереван.", PUBLISHED))
                .isEqualTo(new EventDate(LocalDate.of(2025, 5, 20), DatePrecision.DAY));
        assertThat(EventDates.find("В прошлом месяце переговоры зашли в тупик.", PUBLISHED))
                .isEqualTo(new EventDate(LocalDate.of(2025, 4, 1), DatePrecision.MONTH));
    }

    @Test
    void armenianDates() {
        assertThat(EventDates.find("2024 թվականի փետրվարի 12-ին կողմերը հանդիպեցին։", null))
                .isEqualTo(new EventDate(LocalDate.of(2024, 2, 12), DatePrecision.DAY));
        assertThat(EventDates.find("Հայաստանը սառեցրել է մասնակցությունը 2024 թվականի փետրվարին։", null))
                .isEqualTo(new EventDate(LocalDate.of(2024, 2, 1), DatePrecision.MONTH));
        assertThat(EventDates.find("Երեկ նախարարները հանդիպեցին։", PUBLISHED)).isEqualTo(new EventDate(LocalDate.of(2025, 5, 20), DatePrecision.DAY));
    }

    /** A month or relative word opening a sentence is capitalised; a year alone has no month to look for. */
    @Test
    void armenianCuesInAnyCase() {
        Map<String, EventDate> dates = Map.of(
                "Փետրվարի 12-ին կողմերը հանդիպեցին։", new EventDate(LocalDate.of(2025, 2, 12), DatePrecision.DAY),
                "ՓԵՏՐՎԱՐԻՆ կողմերը հանդիպեցին։", new EventDate(LocalDate.of(2025, 2, 1), DatePrecision.MONTH),
                "Այսօր նախարարները հանդիպեցին։", new EventDate(LocalDate.of(2025, 5, 21), DatePrecision.DAY),
                "Հայաստանը 2023 թվականին սառեցրեց մասնակցությունը։", new EventDate(LocalDate.of(2023, 1, 1), DatePrecision.YEAR));
        assertDated(dates, "Նախարարները հանդիպեցին։");
    }

    /** Russian cues opening a sentence are capitalised, or a headline spells them in capitals. */
    @Test
    void russianCuesInAnyCase() {
        Map<String, EventDate> dates = Map.of(
                "12 ФЕВРАЛЯ 2024 года стороны встретились.", new EventDate(LocalDate.of(2024, 2, 12), DatePrecision.DAY),
                "В Феврале стороны встретились.", new EventDate(LocalDate.of(2025, 2, 1), DatePrecision.MONTH),
                "В 2023 году Армения заморозила участие.", new EventDate(LocalDate.of(2023, 1, 1), DatePrecision.YEAR),
                "Во Вторник министры встретились.", new EventDate(LocalDate.of(2025, 5, 20), DatePrecision.DAY),
                "Позавчера министры встретились.", new EventDate(LocalDate.of(2025, 5, 19), DatePrecision.DAY),
                "На прошлой неделе министры встретились.", new EventDate(LocalDate.of(2025, 5, 14), DatePrecision.DAY));
        assertDated(dates, "Министры встретились в Москве.");
    }

    /** Each text has its date (published on {@link #PUBLISHED}), and {@code undated} has none. */
    private static void assertDated(Map<String, EventDate> dates, String undated) {
        dates.forEach((text, date) -> assertThat(EventDates.find(text, PUBLISHED)).as(text).isEqualTo(date));
        assertThat(EventDates.find(undated, PUBLISHED)).as(undated).isNull();
    }
}
