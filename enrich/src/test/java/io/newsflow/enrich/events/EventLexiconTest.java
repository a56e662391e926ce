package io.newsflow.enrich.events;

import io.newsflow.enrich.text.Tokenizer;
import io.newsflow.schemas.EventType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventLexiconTest {
    static final EventLexicon LEXICON = EventLexicon.english();

    /** A lexicon file with one ACCUSE entry of one pattern. */
    static byte[] accusing(String pattern) {
        return ("events:\n  - type: ACCUSE\n    patterns: [\"" + pattern + "\"]\n").getBytes(StandardCharsets.UTF_8);
    }

    static List<EventType> types(String sentence) {
        return find(LEXICON, sentence).stream().map(Trigger::type).distinct().toList();
    }

    /** The triggers {@code lexicon} finds in {@code text}, tokenized as the coder does. */
    static List<Trigger> find(EventLexicon lexicon, String text) {
        return lexicon.find(text, Tokenizer.tokenize(text));
    }

    @Test
    void aTriggerNamesThePatternThatFoundIt() { // the key of its weight in confidence.yaml
        EventLexicon lexicon = new EventLexicon(accusing("accus* ... of"));
        assertThat(find(lexicon, "Baku accused Yerevan of shelling"))
                .extracting(Trigger::pattern).containsExactly("accus* ... of");
        assertThat(find(LEXICON, "they signed a ten-year agreement")).extracting(Trigger::pattern)
                .contains("sign* ... agreement|agreements|accord|accords|treaty|treaties|convention|conventions|deal|deals|memorandum|"
                        + "memoranda|memorandums|partnership|declaration|declarations|contract|contracts|pact|pacts|protocol|protocols|roadmap");
    }

    @Test
    void everyTypeHasTriggers() {
        String everything = "threatened demanded accused rejected agreed met praised cooperated aid eased withdrew "
                + "sanctions protested arrested attacked mobilized";
        assertThat(types(everything)).containsExactlyInAnyOrder(EventType.values());
    }

    @Test
    void stemsGapsAndAlternativesMatch() {
        assertThat(types("Armenia stopped all its funding")).contains(EventType.SANCTION);      // stop* ... funding
        assertThat(types("they signed a peace agreement")).contains(EventType.AGREE);          // sign* ... agreement
        assertThat(types("Israel and the Palestinians reached a consensus")).contains(EventType.AGREE);
        // a gap is at most four words; a possessive's "s" is not a word of its own
        assertThat(types("Kyiv called Moscow's referendum a sham")).contains(EventType.ACCUSE);
        assertThat(types("Kyiv called the rushed referendum a sham")).contains(EventType.ACCUSE);               // four words
        assertThat(types("Kyiv called the hastily organised referendum a sham")).doesNotContain(EventType.ACCUSE); // five
        // a day and a place between a verb and its object
        assertThat(types("they signed on Monday in Minsk agreements")).contains(EventType.AGREE);
        assertThat(RussianArmenianLexiconTest.types(RussianArmenianLexiconTest.RU, "Лидеры подписали в четверг в Бишкеке договор о границе"))
                .contains(EventType.AGREE);
    }

    @Test
    void callingAnotherActorsActSomethingIsAChargeUnlessItPraises() {
        assertThat(types("Orban called the decision bad")).containsExactly(EventType.ACCUSE);
        assertThat(types("the minister described the incident as an act of piracy")).containsExactly(EventType.ACCUSE);
        assertThat(types("the party called a snap election")).isEmpty(); // calling an election is no characterisation
        // both read "called the decision …"; the praising word's entry weighs more, so the coder takes it
        assertThat(EventCoderTest.coded("Russia called the decision of Armenia historic.")).containsExactly("SUPPORT Russia -> Armenia");
        assertThat(EventCoderTest.coded("Baku called the decision of Armenia dangerous.")).containsExactly("ACCUSE Azerbaijan -> Armenia");
    }

    @Test
    void anArrestWarrantIsLegalActionNotAnArrest() {
        assertThat(EventCoderTest.coded("The International Criminal Court issued an arrest warrant for Benjamin Netanyahu on Thursday."))
                .containsExactly("ACCUSE International Criminal Court -> Benjamin Netanyahu");
        assertThat(EventCoderTest.coded("A court in Baku issued a warrant for Ruben Vardanyan's arrest."))
                .containsExactly("ACCUSE Azerbaijan -> Ruben Vardanyan");
    }

    @Test
    void stemsDoNotSwallowUnrelatedWords() {
        assertThat(types("a conference in the Middle East")).isEmpty();       // not "eas*"
        assertThat(types("the hostages and the settlers")).doesNotContain(EventType.CONSULT, EventType.AGREE);
        assertThat(types("signed in March 2001")).doesNotContain(EventType.PROTEST);
        assertThat(types("Russia attempts to strike a delicate balance")).doesNotContain(EventType.PROTEST);
    }

    @Test
    void newsroomFormulasThatHoldATriggerAreNoAct() {
        assertThat(types("The ministry did not immediately respond to a request for comment")).isEmpty();
        assertThat(types("Armenia sent a request for military aid")).contains(EventType.REQUEST);
        byte[] yaml = "notEvents: [\"call* for papers\"]\nevents:\n  - type: REQUEST\n    patterns: [\"call* for\"]\n".getBytes(StandardCharsets.UTF_8);
        EventLexicon lexicon = new EventLexicon(yaml);
        assertThat(find(lexicon, "the institute issued a call for papers")).isEmpty();
        assertThat(find(lexicon, "Baku called for talks")).extracting(Trigger::type).containsExactly(EventType.REQUEST);
    }

    @Test
    void anEndingMatchesWordsThatEndSoWithAStemBeforeIt() {
        EventLexicon lexicon = new EventLexicon(accusing("called ... *ous"));
        assertThat(find(lexicon, "Baku called the step dangerous")).extracting(Trigger::type).containsExactly(EventType.ACCUSE);
        assertThat(find(lexicon, "Baku called the step fine")).isEmpty();
        assertThat(find(lexicon, "Baku called a pious man")).isEmpty(); // "pi" + "ous": too short a stem
        assertThatThrownBy(() -> new EventLexicon(accusing("*ous"))).hasMessageContaining("starts with an ending");
    }

    @Test
    void aWordClassMatchesAnyOfItsWords() {
        EventLexicon lexicon = new EventLexicon(accusing("called the ... @negative"));
        assertThat(find(lexicon, "Baku called the step reckless")).extracting(Trigger::type).containsExactly(EventType.ACCUSE);
        assertThat(find(lexicon, "Baku called the step a betrayal")).extracting(Trigger::type).containsExactly(EventType.ACCUSE);
        assertThat(find(lexicon, "Baku called the step timely")).isEmpty();
        assertThatThrownBy(() -> new EventLexicon(accusing("called ... @rude"))).hasMessageContaining("unknown word class @rude");
        assertThatThrownBy(() -> new EventLexicon(accusing("@negative step"))).hasMessageContaining("cannot start with a word class");
    }

    @Test
    void newsroomIdiomsOfFireCutsAndSigning() {
        assertThat(types("troops opening fire on the crowd")).containsExactly(EventType.ASSAULT);
        assertThat(types("Washington halted sales of defence equipment to the city")).containsExactly(EventType.SANCTION);
        assertThat(types("the two leaders signed a joint statement")).containsExactly(EventType.AGREE);
        assertThat(types("Armenia and Iran signed a convention")).containsExactly(EventType.AGREE);
    }

    @Test
    void aHyphenatedCompoundIsOneWordOfAGap() {
        String text = "Biden and Zelensky signed a ten-year security agreement";
        assertThat(find(LEXICON, text)).extracting(Trigger::type).containsExactly(EventType.AGREE);
        String spaced = "Biden and Zelensky signed a new ten year security agreement"; // five words: beyond the gap
        assertThat(find(LEXICON, spaced)).isEmpty();
        // a gap spans at most MAX_GAP_TOKENS tokens, however they are joined: a long chain is no one word
        String chain = "Biden signed a " + "x-".repeat(EventLexicon.MAX_GAP_TOKENS) + "x agreement";
        assertThat(find(LEXICON, chain)).isEmpty();
    }

    @Test
    void aNegatedElementIsAnyOneWordButThoseListed() {
        EventLexicon lexicon = new EventLexicon(accusing("called !for|on the step"));
        assertThat(find(lexicon, "Baku called Yerevan the step")).extracting(Trigger::type).containsExactly(EventType.ACCUSE);
        assertThat(find(lexicon, "Baku called on the step")).isEmpty();
        assertThat(find(lexicon, "Baku called the step")).isEmpty(); // exactly one word
        assertThatThrownBy(() -> new EventLexicon(accusing("!called step"))).hasMessageContaining("starts with a negated element");
        assertThatThrownBy(() -> new EventLexicon(accusing("called !on|for* step"))).hasMessageContaining("plain words and word sets only");
        assertThatThrownBy(() -> new EventLexicon(accusing("called on|!for step"))).hasMessageContaining("negates a whole element");
        assertThatThrownBy(() -> new EventLexicon(accusing("called !on| step"))).hasMessageContaining("empty alternative");
    }

    @Test
    void aFilesWordSetIsNamedWithAtAndNegatedWithBang() {
        byte[] yaml = """
                wordSets:
                  Particles: [for, on]
                events:
                  - type: ACCUSE
                    patterns: ["called !@particles the step", "blamed @particles the step", "@particles|against the plan"]
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        EventLexicon lexicon = new EventLexicon(yaml);
        assertThat(find(lexicon, "Baku called Yerevan the step")).hasSize(1);
        assertThat(find(lexicon, "Baku called on the step")).isEmpty();
        assertThat(find(lexicon, "Baku blamed on the step")).hasSize(1);
        // a word set is written out as its words, so it may open a pattern (a built-in class may not)
        assertThat(find(lexicon, "Baku is for the plan")).extracting(Trigger::pattern).containsExactly("@particles|against the plan");
        assertThat(find(lexicon, "Baku is on the plan")).hasSize(1);
        assertThat(find(lexicon, "Baku is against the plan")).hasSize(1);
        assertThat(find(lexicon, "Baku is by the plan")).isEmpty();
        assertThatThrownBy(() -> new EventLexicon(accusing("called !@nothing step"))).hasMessageContaining("unknown word class @nothing");
    }

    @Test
    void aWordOfNegativeEvaluationAfterTheObjectIsACharge() {
        assertThat(types("Trump called the Spanish position terrible")).containsExactly(EventType.ACCUSE);
        assertThat(types("Erdogan called it a treacherous and cowardly attack")).contains(EventType.ACCUSE);
        assertThat(types("Manila described the action as aggressive and illegal")).containsExactly(EventType.ACCUSE);
        assertThat(types("the president called an emergency session")).isEmpty(); // a topic word, not a judgement
        assertThat(types("Moscow called the outcome useful")).doesNotContain(EventType.ACCUSE);
        // a name or a pronoun as the object
        assertThat(EventCoderTest.coded("Lithuania's foreign minister called Belarus a threat to the whole region."))
                .containsExactly("ACCUSE Foreign Minister of Lithuania -> Belarus");
        assertThat(types("Kyiv called Lukashenko dishonest")).containsExactly(EventType.ACCUSE);
        // a particle or a preposition after the verb is another reading: a call for something, a call on someone
        assertThat(types("Paris called for an end to the violence")).doesNotContain(EventType.ACCUSE);
        assertThat(types("Macron called Putin to discuss the violence")).doesNotContain(EventType.ACCUSE);
        assertThat(types("Macron called Putin the day after the killings")).doesNotContain(EventType.ACCUSE); // a call, then a time
        assertThat(types("Peskov called Biden's remarks a disgrace")).containsExactly(EventType.ACCUSE);
        assertThat(types("Putin described Raisi as a true friend")).containsExactly(EventType.SUPPORT);
        // said of the charge itself, it denies the charge
        assertThat(EventCoderTest.coded("Canada accused India of the killing. India called the accusations outrageous."))
                .containsExactly("ACCUSE Canada -> India", "REJECT India -> Canada");
    }

    @Test
    void expectingSomeoneToActIsARequestBeingExpectedToIsNot() {
        assertThat(EventCoderTest.coded("Moscow expected Washington to brief it on the outcome.")).containsExactly("REQUEST Russia -> United States");
        assertThat(types("The ministers are expected to meet in Geneva on Friday")).doesNotContain(EventType.REQUEST);
        assertThat(EventCoderTest.coded("Песков заявил, что Москва ожидает от Баку тщательного расследования."))
                .containsExactly("REQUEST Russia -> Azerbaijan");
    }

    @Test
    void newsroomIdiomsOfProtestAndEntryBans() {
        assertThat(types("Protesters have taken to the streets of the capital every night")).contains(EventType.PROTEST);
        assertThat(types("Thousands poured into the streets")).containsExactly(EventType.PROTEST);
        assertThat(types("The United States barred four senior Georgian judges from entering the country")).containsExactly(EventType.SANCTION);
        assertThat(types("Two of his allies remain behind bars")).isEmpty();
    }

    @Test
    void aReplyPromisedInReportedSpeechIsAThreat() {
        assertThat(types("Tehran would respond firmly")).containsExactly(EventType.THREATEN);
        assertThat(types("Doha reserved the right to respond")).containsExactly(EventType.THREATEN);
        assertThat(types("Moscow said those responsible would pay dearly")).containsExactly(EventType.THREATEN);
        assertThat(types("Tehran vowed to hit back")).containsExactly(EventType.THREATEN);
        assertThat(types("Jerusalem said Lebanon would bear the consequences")).containsExactly(EventType.THREATEN);
        assertThat(types("Moscow said the move would not go unanswered")).containsExactly(EventType.THREATEN);
        assertThat(types("Tehran vowed a response")).containsExactly(EventType.THREATEN);
        assertThat(types("those responsible would pay the price")).containsExactly(EventType.THREATEN);
        assertThat(types("any incursion would cost Moscow dearly")).containsExactly(EventType.THREATEN);
        assertThat(types("the move went unnoticed")).isEmpty();
        assertThat(types("the ministry responded to the letter")).isEmpty();
    }

    @Test
    void refusingToYieldOrToRecogniseIsARefusalOnceNegated() {
        assertThat(EventCoderTest.coded("Russia said it would not heed the calls of Ukraine.")).containsExactly("REJECT Russia -> Ukraine");
        assertThat(EventCoderTest.coded("Ukraine will not recognise any agreement between Russia and the United States."))
                .first().asString().startsWith("REJECT Ukraine");
        assertThat(EventCoderTest.coded("Georgia recognised the independence of Kosovo.")).containsExactly("COOPERATE Georgia -> Kosovo");
        // a withdrawal refused is a refusal too (PLOVER: REJECT), a withdrawal made a retreat
        assertThat(EventCoderTest.coded("Russia will not withdraw its troops from Moldova, Lavrov said.")).containsExactly("REJECT Russia -> Moldova");
        assertThat(EventCoderTest.coded("Russia withdrew its troops from Moldova.")).containsExactly("RETREAT Russia -> Moldova");
    }

    @Test
    void aLexiconWithoutPatternsIsRejected() {
        byte[] yaml = "events:\n  - type: AGREE\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new EventLexicon(yaml)).hasMessageContaining("needs a type and patterns");
    }
}
