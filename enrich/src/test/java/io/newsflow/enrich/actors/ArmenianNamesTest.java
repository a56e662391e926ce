package io.newsflow.enrich.actors;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ArmenianNamesTest {
    @Test
    void russianNamesAreSpeltAsTheArmenianPressSpellsThem() {
        assertThat(ArmenianNames.transliterate("Саакашвили")).isEqualTo("Սաակաշվիլի");
        assertThat(ArmenianNames.transliterate("Рустем Умеров")).isEqualTo("Ռուստեմ Ումերով");
        assertThat(ArmenianNames.transliterate("Эльмар Мамедъяров")).isEqualTo("Էլմար Մամեդյարով");
        assertThat(ArmenianNames.transliterate("Дмитрий Медведев")).isEqualTo("Դմիտրի Մեդվեդև");
        assertThat(ArmenianNames.transliterate("Зеленский")).isEqualTo("Զելենսկի");
        assertThat(ArmenianNames.transliterate("Александр Лукашенко")).isEqualTo("Ալեքսանդր Լուկաշենկո");
        assertThat(ArmenianNames.transliterate("Джо Байден")).isEqualTo("Ջո Բայդեն");
        assertThat(ArmenianNames.transliterate("Григол Вашадзе")).isEqualTo("Գրիգոլ Վաշաձե");
        assertThat(ArmenianNames.transliterate("Евгений Пригожин")).isEqualTo("Եվգենի Պրիգոժին");
        // a Latin letter in the name: no spelling
        assertThat(ArmenianNames.transliterate("Джон F. Кеннеди")).isNull();
    }

    @Test
    void onlyPeopleWhoAreNotArmenianGainTheSpellings() {
        ActorEntry georgian = new ActorEntry("p1", "Grigol Vashadze", "person", "GEO", "GOV",
                Map.of("ru", List.of("Григол Вашадзе", "Вашадзе")));
        assertThat(ArmenianNames.withTransliterated(georgian).aliases().get("hy")).containsExactly("Գրիգոլ Վաշաձե", "Վաշաձե");
        ActorEntry curated = new ActorEntry("p2", "Mikheil Saakashvili", "person", "GEO", "OPP",
                Map.of("ru", List.of("Саакашвили"), "hy", List.of("Սահակաշվիլի")));
        assertThat(ArmenianNames.withTransliterated(curated).aliases().get("hy")).containsExactly("Սահակաշվիլի", "Սաակաշվիլի");
        ActorEntry armenian = new ActorEntry("p3", "Nikol Pashinyan", "person", "ARM", "GOV",
                Map.of("ru", List.of("Пашинян"), "hy", List.of("Փաշինյան")));
        assertThat(ArmenianNames.withTransliterated(armenian)).isSameAs(armenian);
        ActorEntry place = new ActorEntry("c1", "Tbilisi", "place", "GEO", null, Map.of("ru", List.of("Тбилиси")));
        assertThat(ArmenianNames.withTransliterated(place)).isSameAs(place);
    }

    @Test
    void theBundledDictionaryFindsThemInArmenianText() {
        ActorMatcher matcher = new ActorMatcher(ActorDictionary.bundled());
        String text = "Վաշաձեն մերժել է Լավրովի մեղադրանքները, իսկ Սաակաշվիլին դատապարտել է Ումերովին։";
        assertThat(matcher.find(text, io.newsflow.enrich.text.Tokenizer.tokenize(text)).stream().map(m -> m.actor().name()).toList())
                .contains("Grigol Vashadze", "Sergey Lavrov", "Mikheil Saakashvili");
    }
}
