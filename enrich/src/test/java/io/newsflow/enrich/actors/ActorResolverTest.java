package io.newsflow.enrich.actors;

import io.newsflow.enrich.text.Tokenizer;
import io.newsflow.schemas.Actor;
import io.newsflow.schemas.Mention;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActorResolverTest {
    static final ActorResolver RESOLVER = ActorResolver.bundled();

    static List<Actor> actors(String text, LocalDate date) {
        return RESOLVER.resolve(text, Tokenizer.tokenize(text), date).toAvro();
    }

    static List<String> names(String text) {
        return names(text, null);
    }

    static List<String> names(String text, LocalDate date) {
        return actors(text, date).stream().map(Actor::getName).toList();
    }

    @Test
    void findsCountriesAndPeopleInOrderOfFirstMention() {
        assertThat(names("Putin spoke with Nikol Pashinyan about Russia and Armenia."))
                .containsExactly("Vladimir Putin", "Nikol Pashinyan", "Russia", "Armenia");
    }

    @Test
    void recordsEveryMentionWithOffsetsSurfaceFormAndSector() {
        Actor pashinyan = actors("Nikol Pashinyan spoke. Later Pashinyan left.", null).getFirst();

        assertThat(pashinyan.getId()).isEqualTo("nf:person/nikol-pashinyan");
        assertThat(pashinyan.getKind()).isEqualTo("person");
        assertThat(pashinyan.getCountryCode()).isEqualTo("ARM");
        assertThat(pashinyan.getSector()).isEqualTo("GOV");
        assertThat(pashinyan.getMentions()).containsExactly(new Mention(0, 15, "Nikol Pashinyan"), new Mention(29, 38, "Pashinyan"));
    }

    @Test
    void aSurnameAloneIsThePersonNamedInFullUnlessTwoShareIt() {
        assertThat(actors("Armenian Deputy Prime Minister Mher Grigoryan met Overchuk. Later Grigoryan spoke.", null))
                .filteredOn(a -> a.getId().equals("nf:person/mher-grigoryan")).singleElement()
                .satisfies(a -> assertThat(a.getMentions()).hasSize(2));
        assertThat(actors("Minister Anna Grigoryan met Mher Grigoryan. Later Grigoryan spoke.", null))
                .allSatisfy(a -> assertThat(a.getMentions()).hasSize(1));
    }

    @Test
    void aStatesOwnBodyWithAnInternationalBodysNameIsTheStates() {
        // "Security Council" alone is the UN's; after a state's or its capital's possessive it is that state's own
        assertThat(actors("Manila's National Security Council met after Russia's Security Council did, and the Security Council will meet too.", null))
                .extracting(a -> a.getName() + " " + a.getCountryCode() + " " + a.getSector())
                .containsExactly("Manila PHL null", "National Security Council PHL GOV", "Russia RUS GOV", "Security Council RUS GOV",
                        "United Nations Security Council IGO IGO");
    }

    @Test
    void aLongerNameStartingInsideAShorterOneWins() {
        // "the Commonwealth" is an alias of the Commonwealth of Nations; the longer name that starts inside it is the CIS
        assertThat(names("Putin spoke at a summit of the Commonwealth of Independent States in Bishkek."))
                .containsExactly("Vladimir Putin", "Commonwealth of Independent States", "Bishkek");
        assertThat(names("The Commonwealth summit opened in Samoa.")).contains("Commonwealth of Nations");
    }

    @Test
    void congoAloneIsTheDemocraticRepublic() {
        // the news names the Republic of Congo in full ("Congo-Brazzaville", "Republic of Congo"); "Congo" is Kinshasa's
        assertThat(actors("Congo accused Rwanda of backing the M23, and the Republic of Congo stayed silent.", null))
                .extracting(a -> a.getName() + " " + a.getCountryCode())
                .contains("Democratic Republic of the Congo COD", "Republic of the Congo COG");
    }

    @Test
    void aTitleIsNoOnesSurname() {
        // "US President" resolved to Joe Biden ends in a title: "President" before another name is not Biden's mention
        assertThat(actors("President Volodymyr Zelensky spoke in Bucha. US President Joe Biden spoke later.", LocalDate.of(2022, 4, 4)))
                .filteredOn(a -> a.getName().equals("Joe Biden")).singleElement()
                .satisfies(a -> assertThat(a.getMentions()).extracting(Mention::getSurface).containsExactly("US President", "Joe Biden"));
    }

    @Test
    void legislaturesServicesAndPartiesOfTheWorldAreActors() {
        // world-bodies.yaml, loaded beside world-people.yaml
        assertThat(actors("The Knesset voted after Mossad briefed ministers.", null))
                .extracting(a -> a.getName() + " " + a.getCountryCode() + " " + a.getSector())
                .containsExactly("Knesset ISR LEG", "Mossad ISR COP");
        assertThat(actors("Депутаты от «Грузинской мечты» и «Единой России» встретились.", null))
                .extracting(a -> a.getName() + " " + a.getCountryCode())
                .containsExactly("Georgian Dream GEO", "United Russia RUS");
    }

    @Test
    void firstNamesBeforeAKnownPersonAreNoOneElse() {
        // "Tayyip" is Erdogan's middle name, not an unknown president
        assertThat(names("President Tayyip Erdogan met Putin.")).containsExactly("Recep Tayyip Erdoğan", "Vladimir Putin");
    }

    @Test
    void anOrganisationsNameOpeningASentenceLeavesItsArticleOut() {
        // one actor whether or not the sentence opens with it
        assertThat(actors("The Interior Ministry said so. Later the Interior Ministry denied it.", null))
                .singleElement().satisfies(a -> assertThat(a.getName() + " " + a.getMentions().size()).isEqualTo("Interior Ministry 2"));
    }

    @Test
    void theRegionsOfficialsAreKnownByName() {
        // region-officials.yaml: deputy ministers, aides, commanders, in Russian case forms too
        assertThat(actors("По словам Рябкова, Москва не получала ответа.", null))
                .extracting(a -> a.getName() + " " + a.getCountryCode()).containsExactly("Sergei Ryabkov RUS", "Moscow RUS");
        assertThat(actors("Andriy Yermak met Yuri Ushakov.", null)).extracting(Actor::getCountryCode).containsExactly("UKR", "RUS");
        // world-officials.yaml: beyond the region's
        assertThat(actors("Jake Sullivan met Roberta Metsola.", null)).extracting(Actor::getCountryCode).containsExactly("USA", "IGO");
        // world-people.yaml since session 20 covers every state's heads: a role phrase resolves on the date
        assertThat(names("Niger's President met Chilean President Gabriel Boric.", LocalDate.of(2024, 3, 1)))
                .contains("Abdourahamane Tiani", "Gabriel Boric");
    }

    @Test
    void citiesAndProvincesStandForTheirStates() {
        // world-places.tsv; Russian and Armenian case forms included
        assertThat(actors("Drones struck Kharkiv and Zaporizhzhia overnight.", null))
                .extracting(a -> a.getName() + " " + a.getKind() + " " + a.getCountryCode())
                .containsExactly("Kharkiv place UKR", "Zaporizhzhia place UKR");
        assertThat(actors("Ракета попала в дом в Гяндже.", null)).extracting(Actor::getCountryCode).containsExactly("AZE");
        assertThat(actors("Փաշինյանը ժամանել է Սոչի։", null)).extracting(Actor::getCountryCode).contains("RUS");
        // a Russian adjective that shares a town's stem is not the town ("Советск", "Славянск" are listed as "город …")
        assertThat(names("Распад советских республик и славянских народов.")).isEmpty();
    }

    @Test
    void theStateDepartmentIsTheUnitedStatesGovernment() {
        assertThat(actors("A State Department spokesman urged Chile to reopen the crossing.", null))
                .filteredOn(a -> a.getName().equals("US State Department")).singleElement()
                .satisfies(a -> assertThat(a.getCountryCode() + " " + a.getSector()).isEqualTo("USA GOV"));
        assertThat(names("В Госдепартаменте заявили о поддержке Чили.")).contains("US State Department");
        // and the Treasury, which names most US sanctions
        assertThat(actors("The Treasury Department's Office of Foreign Assets Control sanctioned two Chilean banks.", null))
                .filteredOn(a -> a.getName().equals("US Treasury Department")).singleElement()
                .satisfies(a -> assertThat(a.getCountryCode() + " " + a.getSector()).isEqualTo("USA GOV"));
        assertThat(names("Минфин США ввел санкции против двух банков Чили.")).contains("US Treasury Department");
    }

    @Test
    void capitalsHaveTheirRussianAndArmenianNames() {
        assertThat(names("Лавров прибыл в Минск, затем в Тегеран.")).containsExactly("Sergey Lavrov", "Minsk", "Tehran");
        assertThat(names("Միրզոյանը ժամանել է Վաշինգտոն։")).contains("Washington");
        assertThat(names("провокация киевского режима")).containsExactly("Kyiv");
        assertThat(names("Польские пограничники задержали украинских военных.")).containsExactly("Poland", "Ukraine");
        assertThat(names("Թուրքական կողմը մերժել է։")).containsExactly("Turkey");
        assertThat(names("Армения признала Палестину.")).containsExactly("Armenia", "Palestine");
        // every state's capital and adjective in Russian, not only the region's
        assertThat(names("Прага выслала дипломатов, а чешские власти вызвали посла.")).containsExactly("Prague", "Czech Republic");
        assertThat(names("Из Буэнос-Айреса и Лиссабона, в Сеуле и Пхеньяне.")).containsExactly("Buenos Aires", "Lisbon", "Seoul", "Pyongyang");
        assertThat(names("Южнокорейские и северокорейские военные.")).containsExactly("South Korea", "North Korea");
        // Armenian capitals beyond the region's from CLDR (scripts/cldr-capitals), in their case forms
        assertThat(names("Միրզոյանը Թբիլիսիում էր, իսկ Լավրովը՝ Մադրիդում։")).containsExactly("Ararat Mirzoyan", "Tbilisi", "Sergey Lavrov", "Madrid");
        // a final "ու" is written "վ" before a case ending: Բաքու, Բաքվի, Բաքվում are one name
        assertThat(names("Ալիևը Բաքվում ընդունեց Փաշինյանին։")).contains("Baku");
        assertThat(names("Բաքվի և Երևանի պատվիրակությունները։")).containsExactly("Baku", "Yerevan");
        // "և" is "ե" and "ւ" (its compatibility decomposition): a short name keeps its case forms ("Կիևում" is Kyiv)
        assertThat(names("Լավրովը Կիևում չէր։")).containsExactly("Sergey Lavrov", "Kyiv");
    }

    @Test
    void internationalNonGovernmentalOrganisationsAreNgosNotIgos() {
        assertThat(actors("Human Rights Watch, Amnesty, the Red Cross and the UN criticised the trial.", null))
                .extracting(a -> a.getName() + " " + a.getCountryCode())
                .containsExactly("Human Rights Watch NGO", "Amnesty International NGO",
                        "International Committee of the Red Cross NGO", "United Nations IGO");
    }

    @Test
    void internationalOrganisationsHaveTheirRussianAndArmenianNames() {
        assertThat(actors("Совет Европы исключил Россию, МАГАТЭ направило миссию, а «Врачи без границ» и ЕСПЧ промолчали.", null))
                .extracting(a -> a.getName() + " " + a.getCountryCode())
                .containsExactly("Council of Europe IGO", "Russia RUS", "International Atomic Energy Agency IGO",
                        "Médecins Sans Frontières NGO", "European Court of Human Rights IGO");
        assertThat(names("В Генассамблее ООН и в Совбезе ООН.")).containsExactly("United Nations General Assembly",
                "United Nations Security Council");
        assertThat(names("ԵՄ-ն և ՆԱՏՕ-ն, ՄԱԳԱՏԷ-ն և Եվրոպայի խորհուրդը")).containsExactly("European Union",
                "NATO", "International Atomic Energy Agency", "Council of Europe");
        // a state's agencies and companies whose names are their own
        assertThat(actors("Роспотребнадзор и Росгвардия, Rosatom and Azerbaijan's State Security Service.", null))
                .extracting(a -> a.getName() + " " + a.getCountryCode() + " " + a.getSector())
                .containsExactly("Rospotrebnadzor RUS GOV", "Rosgvardia RUS COP", "Rosatom RUS BUS",
                        "State Security Service of Azerbaijan AZE COP");
        // a state's own security council is not the United Nations'
        assertThat(names("Совет безопасности России собрался.")).containsExactly("Russia");
    }

    @Test
    void worldLeadersBeyondTheRegionAreKnownWithTheirOffices() {
        assertThat(actors("Angela Merkel and Klaus Iohannis criticised Moscow; Меркель и Йоханнис.", null))
                .extracting(a -> a.getName() + " " + a.getCountryCode())
                .containsExactly("Angela Merkel DEU", "Klaus Iohannis ROU", "Moscow RUS");
        // a role phrase resolves to whoever held the office on the article's date
        assertThat(names("The British Prime Minister spoke.", LocalDate.of(2017, 6, 1))).containsExactly("Theresa May", "United Kingdom");
        assertThat(names("The British Prime Minister spoke.", LocalDate.of(2020, 6, 1))).containsExactly("Boris Johnson", "United Kingdom");
        assertThat(names("Премьер-министр Молдавии Дорин Речан заявил.", null)).containsExactly("Dorin Recean", "Moldova");
        // offices beyond president and ministers have their phrases too
        assertThat(names("The German Chancellor and Iran's Supreme Leader spoke.", LocalDate.of(2019, 6, 1)))
                .containsExactly("Angela Merkel", "Germany", "Ali Khamenei", "Iran");
        assertThat(names("Канцлер Германии выступил.", LocalDate.of(2023, 6, 1))).containsExactly("Olaf Scholz", "Germany");
        // an open-ended office in one data file does not hide a successor listed in another: the later start wins
        assertThat(names("Ukraine's Defence Minister spoke.", LocalDate.of(2026, 3, 1))).containsExactly("Mykhailo Fedorov", "Ukraine");
        assertThat(names("Georgia's Foreign Minister spoke.", LocalDate.of(2013, 6, 1))).containsExactly("Maia Panjikidze", "Georgia");
        // the leaders of 1989-2008 too (session 34), and the Federal Republic of Yugoslavia is Serbia, its successor
        assertThat(actors("Bill Clinton, Yeltsin and Kofi Annan met; NATO bombed Yugoslavia.", null))
                .extracting(a -> a.getName() + " " + a.getCountryCode())
                .containsExactly("Bill Clinton USA", "Boris Yeltsin RUS", "Kofi Annan IGO", "NATO IGO", "Serbia SRB");
        assertThat(names("Russia's President spoke.", LocalDate.of(1996, 6, 1))).contains("Boris Yeltsin");
        assertThat(names("the former Yugoslav Republic of Macedonia")).containsExactly("North Macedonia");
        // "Secretary of State", "Foreign Secretary" are not role phrases: other states' civil servants and secretaries bear them
        assertThat(names("India's Foreign Secretary Vikram Misri spoke.", LocalDate.of(2025, 6, 1))).doesNotContain("Subrahmanyam Jaishankar");
    }

    @Test
    void seatsOfGovernmentStandForTheirGovernments() {
        assertThat(actors("The White House, the Pentagon and Downing Street condemned it; В Пентагоне промолчали.", null))
                .extracting(a -> a.getName() + " " + a.getCountryCode() + " " + a.getSector())
                .containsExactly("White House USA GOV", "Pentagon USA MIL", "Downing Street GBR GOV");
        assertThat(actors("The Pentagon said.", null).getFirst().getMentions()).hasSize(1);
    }

    @Test
    void everyAliasScriptResolvesToTheSameActor() {
        for (String name : List.of("Pashinyan", "Pashinian", "Пашинян", "Փաշինյան", "Paşinyan")) {
            assertThat(actors("Today " + name + " spoke.", null)).as(name).singleElement()
                    .extracting(Actor::getId).isEqualTo("nf:person/nikol-pashinyan");
        }
    }

    @Test
    void russianSentenceWithInflectedForms() {
        assertThat(names("Лавров провёл переговоры с Пашиняном в Ереване; Москва и Армения обсудили ОДКБ."))
                .containsExactly("Sergey Lavrov", "Nikol Pashinyan", "Yerevan", "Moscow", "Armenia",
                        "Collective Security Treaty Organization");
        assertThat(names("визит Лаврова в Армению и встреча с Пашиняну")).containsExactly("Sergey Lavrov", "Armenia", "Nikol Pashinyan");
        // a final "й" after a vowel gives way to the case endings
        assertThat(Tokenizer.key("китая")).isEqualTo(Tokenizer.key("китай")).isEqualTo(Tokenizer.key("китаем"));
        assertThat(names("Посол Китая встретился с послом Уругвая.")).containsExactly("China", "Uruguay");
        // the usual names where CLDR's differ, and the Taliban by their plural
        assertThat(names("Британия, КНР, Голландия, Туркмения, ЮАР и Северная Корея осудили талибов."))
                .containsExactly("United Kingdom", "China", "Netherlands", "Turkmenistan", "South Africa", "North Korea", "Taliban");
    }

    @Test
    void armenianSentenceWithCaseEndings() {
        assertThat(names("Փաշինյանը Երևանում հանդիպեց Լավրովի հետ")).containsExactly("Nikol Pashinyan", "Yerevan", "Sergey Lavrov");
        // a name ending in "յ" keeps one key in every case (Ուրուգվայ, Ուրուգվայի, Ուրուգվայում)
        assertThat(Tokenizer.key("ուրուգվայի")).isEqualTo(Tokenizer.key("ուրուգվայ")).isEqualTo(Tokenizer.key("ուրուգվայում"));
        // after a final vowel the case endings take a "յ": Ֆրանսիա, Ֆրանսիայի, Թուրքիայից, Ռուսաստանում
        assertThat(names("Ֆրանսիայի և Թուրքիայից ժամանած պատվիրակները Ռուսաստանում")).containsExactly("France", "Turkey", "Russia");
        // the region's officials and places by their Armenian names
        assertThat(names("Էրդողանը, Զախարովան և Լուկաշենկոն Բաքուում և Ստեփանակերտում")).containsExactly("Recep Tayyip Erdoğan",
                "Maria Zakharova", "Alexander Lukashenko", "Baku", "Stepanakert");
    }

    @Test
    void azerbaijaniLatinNames() {
        assertThat(names("İlham Əliyev Bakıda Paşinyan ilə görüşdü")).contains("Ilham Aliyev", "Nikol Pashinyan");
    }

    @Test
    void rolePhrasesResolveToTheOfficeHolderOnTheArticlesDate() {
        String text = "Armenia's President received Russia's Foreign Minister.";

        assertThat(actors(text, LocalDate.of(2025, 5, 21))).extracting(Actor::getName, Actor::getRole)
                .contains(org.assertj.core.groups.Tuple.tuple("Vahagn Khachaturyan", "President of Armenia"),
                        org.assertj.core.groups.Tuple.tuple("Sergey Lavrov", "Foreign Minister of Russia"));
        assertThat(names("the President of Armenia")).containsExactly("President of Armenia", "Armenia");
        assertThat(actors("Armenia's President spoke.", LocalDate.of(2019, 6, 1))).extracting(Actor::getName).contains("Armen Sarkissian");
        assertThat(actors("Russia's President spoke.", LocalDate.of(2010, 6, 1))).extracting(Actor::getName).contains("Dmitry Medvedev");
        assertThat(actors("президент России заявил", LocalDate.of(2024, 1, 1))).extracting(Actor::getName).contains("Vladimir Putin");
    }

    @Test
    void withoutADateTheRoleItselfIsReported() {
        assertThat(actors("Lavrov met Armenia's President.", null)).extracting(Actor::getId, Actor::getKind)
                .contains(org.assertj.core.groups.Tuple.tuple("nf:role/arm/president", "person"));
    }

    @Test
    void aRolePhraseInAppositionNamesThePersonNotAnotherActor() {
        List<Actor> actors = actors("In a phone call, Putin, Russia's President, wished Armenia's Prime Minister, Nikol Pashinyan, well.", null);

        // the role phrase "Armenia's Prime Minister" is Pashinyan's first mention
        assertThat(actors).extracting(Actor::getName).containsExactly("Vladimir Putin", "Russia", "Nikol Pashinyan", "Armenia");
        assertThat(actors.getFirst().getRole()).isEqualTo("President of Russia");
        assertThat(actors.get(2).getMentions()).extracting(Mention::getSurface)
                .containsExactly("Armenia's Prime Minister", "Nikol Pashinyan");
    }

    @Test
    void aRolePhraseAloneIsThePersonTheTextGaveThatTitle() {
        // a page's date can be wrong (this one's metadata said 2012): the text naming the title's holder wins
        String text = "Attacks on Nato by US President Donald Trump went on. After a meeting with Mark Rutte, the US President said Nato was weak.";
        List<Actor> actors = actors(text, LocalDate.of(2012, 5, 10));

        assertThat(actors).extracting(Actor::getName).doesNotContain("Barack Obama");
        assertThat(actors.stream().filter(a -> a.getName().equals("Donald Trump")).findFirst().orElseThrow().getMentions())
                .extracting(Mention::getSurface).containsExactly("US President", "Donald Trump", "US President");
        // without the earlier title the date decides, as before
        assertThat(names("After a meeting with Mark Rutte, the US President said Nato was weak.", LocalDate.of(2012, 5, 10)))
                .contains("Barack Obama");
        // and so it does when the text gave the title to two people, or to a former holder
        for (String two : List.of("US President Joe Biden met US President Donald Trump. The US President said Nato was weak.",
                "US President Donald Trump met US President Joe Biden. The US President said Nato was weak.")) {
            assertThat(actors(two, LocalDate.of(2018, 5, 10)).stream().filter(a -> a.getName().equals("Donald Trump")).findFirst()
                    .orElseThrow().getMentions()).extracting(Mention::getSurface).containsExactly("US President", "Donald Trump", "US President");
        }
        String former = "Former US President Barack Obama spoke. The US President said Nato was weak.";
        assertThat(actors(former, LocalDate.of(2022, 5, 10)).stream().filter(a -> a.getName().equals("Joe Biden")).findFirst().orElseThrow()
                .getMentions()).extracting(Mention::getSurface).containsExactly("US President");
    }

    @Test
    void acronymsMatchOnlyInCapitals() {
        assertThat(names("Let us talk to the US and the UN about the CSTO.")).containsExactly("United States", "United Nations",
                "Collective Security Treaty Organization");
    }

    @Test
    void aOneWordNameMatchesOnlyWhenCapitalised() {
        // "того" (of that) is a common Russian word; "Того" is Togo. Lower-case demonym aliases still match.
        assertThat(names("После того как Армения заморозила участие, Того поддержало её.")).containsExactly("Armenia", "Togo");
        assertThat(names("We had turkey for dinner; Turkey objected.")).containsExactly("Turkey");
    }

    @Test
    void worldCountriesDemonymsAndCapitalsAreKnown() {
        List<Actor> actors = actors("A Jordanian official met envoys from Burma in Nairobi.", null);
        assertThat(actors).extracting(Actor::getCountryCode).containsExactly("JOR", "MMR", "KEN");
        assertThat(actors.getLast().getKind()).isEqualTo("place");
    }

    @Test
    void unknownPeopleAndOrganisationsGetProvisionalIds() {
        List<Actor> actors = actors("Ambassador Brah Mohamane met leaders of the Homeland Union on Tuesday in the capital. "
                + "Later Mohamane left for talks.", null);

        assertThat(actors).extracting(Actor::getId)
                .containsExactly("nf:unknown/person/brah-mohamane", "nf:unknown/organisation/homeland-union");
        assertThat(actors.getFirst().getMentions()).hasSize(2);
    }

    @Test
    void aHeadlineIsNotMistakenForAnOrganisation() {
        assertThat(names("Russia and Armenia: A Tumultuous Yet Persistent Alliance")).containsExactly("Russia", "Armenia");
    }

    @Test
    void theLongestAliasWins() {
        assertThat(names("Russian 102nd Military Base in Gyumri")).containsExactly("Russian 102nd Military Base", "Gyumri");
    }

    @Test
    void aDictionaryWithADuplicateIdIsRejected() {
        String yaml = "actors:\n  - {id: X1, name: A, kind: person}\n  - {id: X1, name: B, kind: person}\n";
        assertThatThrownBy(() -> ActorDictionary.parse(yaml.getBytes(StandardCharsets.UTF_8))).hasMessageContaining("X1 appears twice");
    }

    @Test
    void anUnknownKindIsRejectedWithTheActorsId() {
        String yaml = "actors:\n  - {id: X2, name: A, kind: planet}\n";
        assertThatThrownBy(() -> ActorDictionary.parse(yaml.getBytes(StandardCharsets.UTF_8))).hasMessageContaining("X2").hasMessageContaining("planet");
    }

    @Test
    void acronymsMatchInCapitalsAndFromFourLettersInTitleCase() {
        assertThat(names("Nato and the OSCE met; the Csto did not.")).containsExactly("NATO", "Organization for Security and Co-operation in Europe", "Collective Security Treaty Organization");
        assertThat(names("Let us go to the un-named place.")).isEmpty(); // "us", "un" stay words
        assertThat(ActorMatcher.acronymMatches("NATO", "Nato")).isTrue();
        assertThat(ActorMatcher.acronymMatches("NATO", "NAto")).isFalse();
        assertThat(ActorMatcher.acronymMatches("US", "Us")).isFalse();
    }
}
