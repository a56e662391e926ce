package io.newsflow.enrich.events;

import io.newsflow.enrich.text.Sentence;
import io.newsflow.enrich.text.SentenceSplitter;
import io.newsflow.enrich.text.Token;
import io.newsflow.enrich.text.Tokenizer;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Names the dictionary does not know, as {@link ProperNames} reads them from one sentence with no known actor. */
class ProperNamesTest {
    private static final ProperNames NAMES = new ProperNames(Participants.english(code -> null));

    /** "name|sector" of each name found in the text's first sentence. */
    static List<String> names(String text, String language) {
        List<Token> tokens = Tokenizer.tokenize(text);
        Sentence sentence = SentenceSplitter.split(text, tokens).getFirst();
        SentenceStructure st = SentenceStructure.of(text, tokens, sentence, FunctionWords.bundled().get(language), language.equals("en"));
        return NAMES.addTo(List.of(), st, sentence, text, new HashSet<>()).stream()
                .map(p -> p.actor().name() + "|" + p.sector()).toList();
    }

    @Test
    void aHyphenatedSurnameIsPartOfTheName() {
        assertThat(names("A district court in Lyon jailed Marie Dubois-Lefevre for two years on Friday.", "en"))
                .containsExactly("Lyon|null", "Marie Dubois-Lefevre|null");
        assertThat(names("Суд в Самаре оштрафовал Анну Петрову-Водкину на сто тысяч рублей.", "ru"))
                .containsExactly("Самаре|null", "Анну Петрову-Водкину|null");
    }

    @Test
    void aNameTheTaggerSplitsIsReadWhole() {
        // an adjective or proper noun and the capitalised words after it are one name, not its first word alone
        assertThat(names("Dupont was remanded a day after the Special Investigation Service charged him with fraud.", "en"))
                .contains("Special Investigation Service|null").doesNotContain("Special|null");
        assertThat(names("Young people calling themselves Generation Z marched in Lille.", "en")).contains("Generation Z|null");
        // "O'Leary": an apostrophe after a single capital joins the rest of the surname
        assertThat(names("The airline's chief executive Michael O'Leary described the incident as hijacking.", "en"))
                .containsExactly("Michael O'Leary|null");
    }

    @Test
    void aTitleIsReadRightBeforeTheNameNotAcrossTheVerb() {
        // the court names who acts, not what the sentenced man is
        assertThat(names("A district court in Lyon jailed Pierre Morel for two years on Friday.", "en"))
                .containsExactly("Lyon|null", "Pierre Morel|null");
        assertThat(names("Суд в Самаре оштрафовал Анну Петрову на сто тысяч рублей.", "ru")).containsExactly("Самаре|null", "Анну Петрову|null");
        assertThat(names("The police said opposition lawmaker Pierre Morel had been detained.", "en"))
                .containsExactly("Pierre Morel|OPP");
    }

    @Test
    void quantifiersPrefixesAndCompassWordsAreNoNames() {
        assertThat(names("Several hundred supporters of Jean Dupont rallied in Tarbes.", "en")).containsExactly("Jean Dupont|null", "Tarbes|null");
        assertThat(names("More than 2,000 people marched in Lille.", "en")).containsExactly("Lille|null");
        assertThat(names("Organisers of the Pan-Celtic Festival thanked Lorient.", "en")).doesNotContain("Pan|null");
        assertThat(names("Leaders of Central Asian states met Albanese.", "en")).doesNotContain("Central|null");
        // a bloc keeps its name: "the West" is no compass adjective
        assertThat(names("In a speech lasting two hours, Rajoelina accused the West of seeking to weaken the island.", "en")).contains("West|null");
        // however the tagger reads "the West of …" (here a noun, like "the rest of")
        assertThat(names("Rajoelina accused the West of stirring up tension.", "en")).contains("West|null");
    }

    @Test
    void aGroupOfStatesNamedByItsBlocIsTheBloc() {
        assertThat(blocIds("Rajoelina accused Western countries of double standards.", "en")).containsExactly("nf:unknown/name/west");
        assertThat(blocIds("Rajoelina accused the West of double standards.", "en")).containsExactly("nf:unknown/name/west");
        assertThat(blocIds("Вчера Захарова обвинила западных партнеров в двойных стандартах.", "ru")).containsExactly("nf:unknown/name/запад");
        assertThat(blocIds("Вчера Захарова обвинила Запад в двойных стандартах.", "ru")).containsExactly("nf:unknown/name/запад");
        // Europe's states are a bloc of their own, not the West and not the European Union
        assertThat(blocIds("Rajoelina thanked European leaders and Western governments.", "en"))
                .containsExactly("nf:unknown/name/europe", "nf:unknown/name/west");
        assertThat(blocIds("Вчера Захарова обвинила европейские страны в двойных стандартах.", "ru")).containsExactly("nf:unknown/name/европ");
        // a bloc's adjective before any other noun names no bloc ("Western officials" are people, "western Ukraine" a place)
        assertThat(blocIds("Rajoelina met Western officials in western Madagascar.", "en")).isEmpty();
        assertThat(blocIds("Вчера Захарова посетила западные районы страны.", "ru")).isEmpty();
    }

    /** The ids of the blocs found in the text's first sentence. */
    static List<String> blocIds(String text, String language) {
        List<Token> tokens = Tokenizer.tokenize(text);
        Sentence sentence = SentenceSplitter.split(text, tokens).getFirst();
        FunctionWords words = FunctionWords.bundled().get(language);
        SentenceStructure st = SentenceStructure.of(text, tokens, sentence, words, language.equals("en"));
        return NAMES.addTo(List.of(), st, sentence, text, new HashSet<>()).stream()
                .filter(p -> ProperNames.isBloc(p.actor(), words)).map(p -> p.actor().id()).toList();
    }

    @Test
    void aRussianAdjectiveOpeningAPlacesOrBodysNameIsNoName() {
        assertThat(names("В пятницу вечером Октябрьский районный суд арестовал бывшего депутата Ивана Петрова на два месяца.", "ru")).containsExactly("Ивана Петрова|LEG");
        assertThat(names("Власти закрыли Волжскую набережную для автомобилей.", "ru")).isEmpty();
        // a surname with an adjective's ending keeps its name before a verb
        assertThat(names("Вчера Анна Соколовская заявила о своей отставке.", "ru")).containsExactly("Анна Соколовская|null");
    }
}
