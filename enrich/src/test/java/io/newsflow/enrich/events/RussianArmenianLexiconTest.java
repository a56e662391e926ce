package io.newsflow.enrich.events;

import io.newsflow.enrich.text.Tokenizer;
import io.newsflow.schemas.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newsflow.enrich.events.EventCoderTest.coded;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Russian and Armenian trigger lexicons on sentences written for this test (agency style, none taken from a dev
 * set): every PLOVER type in both languages, the inflected forms the matcher sees (patterns match the lower-case word,
 * not its stripped key), and words a stem must not take.
 */
class RussianArmenianLexiconTest {
    static final EventLexicon RU = EventLexicon.bundled("ru");
    static final EventLexicon HY = EventLexicon.bundled("hy");

    static List<EventType> types(EventLexicon lexicon, String sentence) {
        return lexicon.find(sentence, Tokenizer.tokenize(sentence)).stream().map(Trigger::type).distinct().toList();
    }

    @Test
    void armenianSectorNounsGiveTheirCountrysMentionItsSector() {
        assertThat(EventCoderTest.events("Ադրբեջանի դատախազությունը մեղադրել է Հայաստանին։", null)).singleElement()
                .satisfies(e -> {
                    assertThat(e.getSource().getCountryCode()).isEqualTo("AZE");
                    assertThat(e.getSource().getSector()).isEqualTo("JUD");
                });
        // the Foreign Ministry by its abbreviation ("ԱԳՆ", as "МИД") and a legislature ("Սենատ") are sector nouns, not
        // unknown names that act or undergo ("a protest by ԱԳՆ", "Pashinyan welcomed the Senate": an Armenian actor)
        assertThat(EventCoderTest.events("Թուրքիայի ԱԳՆ-ն դատապարտել է Հայաստանին։", null)).singleElement()
                .satisfies(e -> assertThat(e.getSource().getCountryCode() + " " + e.getSource().getSector()).isEqualTo("TUR GOV"));
        assertThat(coded("Հարյուրավոր մարդիկ բողոքի ակցիա են անցկացրել ԱԳՆ շենքի մոտ։")).isEmpty();
        assertThat(coded("Փաշինյանը ողջունել է Սենատի որոշումը։")).containsExactly("SUPPORT Nikol Pashinyan -> -");
    }

    @Test
    void anArmenianSubjectIsTheActorInTheNominativeWhereverItStands() {
        assertThat(coded("Ադրբեջանին դատապարտել է Ֆրանսիան։")).containsExactly("ACCUSE France -> Azerbaijan");
        assertThat(coded("Փաշինյանի հետ հանդիպել է Պուտինը։")).containsExactly("CONSULT Vladimir Putin -> Nikol Pashinyan");
        // a name that ends like a dative is still nominative ("Պուտին"), and the usual order stays
        assertThat(coded("Պուտինը հանդիպել է Փաշինյանի հետ։")).containsExactly("CONSULT Vladimir Putin -> Nikol Pashinyan");
        assertThat(coded("Հայաստանը դատապարտել է Ադրբեջանին։")).containsExactly("ACCUSE Armenia -> Azerbaijan");
        // a genitive before its noun is no subject when one is in the nominative; a place it happens in is no target
        assertThat(coded("Թբիլիսիի հայտարարությունը քննադատել է Մոսկվան։")).containsExactly("ACCUSE Russia -> Georgia");
        assertThat(coded("Կիևում Զելենսկին հանդիպել է Մակրոնի հետ։")).containsExactly("CONSULT Volodymyr Zelensky -> Emmanuel Macron");
        // with no one in the nominative, the place the clause opens with speaks; the genitive of a subject's noun acts
        assertThat(coded("Կրեմլում քննադատել են Երևանի հայտարարությունը։")).containsExactly("ACCUSE Kremlin -> Armenia");
        assertThat(coded("Ադրբեջանի զինված ուժերը հարձակվել են Սյունիքում հայկական դիրքերի վրա։"))
                .singleElement().asString().startsWith("ASSAULT Azerbaijan");
        // "հետ" after a nominative is the particle "back", no postposition
        assertThat(coded("Ռուսաստանը հետ է քաշել իր զորքերը Հայաստանի սահմանից։")).singleElement().asString().startsWith("RETREAT Russia");
    }

    @Test
    void armenianSubjectsJoinedByAndActTogetherUnlessTheActIsMutual() {
        // Russia and Azerbaijan condemned Armenia: Azerbaijan is not whom Russia condemned
        assertThat(coded("Ռուսաստանը և Ադրբեջանը դատապարտել են Հայաստանին։")).containsExactly("ACCUSE Russia -> Armenia");
        // a meeting of the two is one's with the other
        assertThat(coded("Փաշինյանը և Ալիևը հանդիպել են Բրյուսելում։")).containsExactly("CONSULT Nikol Pashinyan -> Ilham Aliyev");
    }

    @Test
    void everyTypeHasRussianAndArmenianTriggers() {
        assertThat(types(RU, "пригрозил потребовал обвинил отверг договорились встретились поддержал сотрудничают помощь "
                + "помиловал отступили санкции митинг арестовали атаковали мобилизовали")).containsExactlyInAnyOrder(EventType.values());
        assertThat(types(HY, "սպառնացել պահանջել մեղադրել մերժել ստորագրել հանդիպել աջակցել համագործակցել օգնություն "
                + "համաներում նահանջել պատժամիջոցներ հանրահավաք ձերբակալել հարձակվել զորահավաք")).containsExactlyInAnyOrder(EventType.values());
    }

    @Test
    void callingAnotherActorsActSomethingIsACharge() {
        // the instrumental after "назвал" characterises: a charge, unless the word praises; naming a successor is no act
        assertThat(coded("МИД Азербайджана назвал заявление Еревана попыткой сорвать переговоры."))
                .containsExactly("ACCUSE Azerbaijan -> Armenia");
        assertThat(coded("Эрдоган назвал Азербайджан надежным союзником.")).containsExactly("SUPPORT Recep Tayyip Erdoğan -> Azerbaijan");
        assertThat(coded("Пашинян назвал министра своим преемником.")).isEmpty();
        // the instrumental of a feminine noun in "-ь" ("местью", "ложью")
        assertThat(coded("Пашинян назвал решение Москвы местью.")).containsExactly("ACCUSE Nikol Pashinyan -> Russia");
    }

    @Test
    void russianVerbalConflict() {
        assertThat(coded("Москва предостерегла Ереван от сближения с НАТО.")).containsExactly("THREATEN Russia -> Armenia");
        assertThat(coded("Россия угрожает Грузии санкциями.")).containsExactly("THREATEN Russia -> Georgia");
        assertThat(coded("Турция выдвинула ультиматум Греции.")).containsExactly("THREATEN Turkey -> Greece");
        assertThat(coded("Франция примет ответные меры против России.")).containsExactly("THREATEN France -> Russia");
        assertThat(coded("Москва не оставит без ответа высылку дипломатов из Эстонии.")).contains("THREATEN Russia -> Estonia");
        assertThat(coded("Россия оставляет за собой право на ответные меры против Латвии.")).containsExactly("THREATEN Russia -> Latvia");
        // calling an explanation, a report or a version unconvincing or exaggerated denies it, as calling a charge false does
        assertThat(coded("Азербайджан назвал объяснения Еревана неубедительными.")).containsExactly("REJECT Azerbaijan -> Armenia");
        assertThat(coded("Армения требует от Азербайджана вывести войска.")).containsExactly("REQUEST Armenia -> Azerbaijan");
        assertThat(coded("Армения направила России запрос о поставках оружия.")).containsExactly("REQUEST Armenia -> Russia");
        assertThat(coded("Армения запросила у России поставки оружия.")).containsExactly("REQUEST Armenia -> Russia");
        // the imperfective past of a wrong charged in reported speech
        assertThat(coded("Захарова заявила, что Киев годами нарушал соглашения.")).containsExactly("ACCUSE Maria Zakharova -> Ukraine");
        assertThat(coded("Армения обратилась к ОДКБ за помощью."))
                .containsExactly("REQUEST Armenia -> Collective Security Treaty Organization");
        assertThat(coded("США оказывают давление на Грузию.")).containsExactly("REQUEST United States -> Georgia");
        assertThat(coded("Баку обвиняет Ереван в провокациях.")).containsExactly("ACCUSE Azerbaijan -> Armenia");
        assertThat(coded("Ереван подал иск против Баку в Международный суд.")).containsExactly("ACCUSE Armenia -> Azerbaijan");
        assertThat(coded("Баку назвал заявление Еревана абсурдным.")).containsExactly("ACCUSE Azerbaijan -> Armenia");
        assertThat(coded("Турция выразила решительный протест Греции.")).containsExactly("ACCUSE Turkey -> Greece");
        assertThat(coded("Москва отвергает обвинения Киева.")).containsExactly("REJECT Russia -> Ukraine");
        assertThat(coded("Россия отклоняет предложение Армении.")).containsExactly("REJECT Russia -> Armenia");
        assertThat(coded("Азербайджан отказался от переговоров с Арменией.")).containsExactly("REJECT Azerbaijan -> Armenia");
        assertThat(coded("Россия наложила вето на резолюцию.")).containsExactly("REJECT Russia -> -");
    }

    @Test
    void russianVerbalCooperation() {
        assertThat(coded("Армения и Азербайджан подписали мирный договор.")).containsExactly("AGREE Armenia -> Azerbaijan");
        assertThat(coded("Армения и Иран подписали конвенцию.")).containsExactly("AGREE Armenia -> Iran");
        assertThat(coded("Армения и Азербайджан договариваются о делимитации границы.")).containsExactly("AGREE Armenia -> Azerbaijan");
        assertThat(coded("Турция приняла приглашение Армении.")).containsExactly("AGREE Turkey -> Armenia");
        assertThat(coded("Пашинян предложил Алиеву подписать мирный договор.")).containsExactly("AGREE Nikol Pashinyan -> Ilham Aliyev");
        assertThat(coded("Путин и Пашинян созвонились.")).containsExactly("CONSULT Vladimir Putin -> Nikol Pashinyan");
        assertThat(coded("Эрдоган позвонил Путину.")).containsExactly("CONSULT Recep Tayyip Erdoğan -> Vladimir Putin");
        // an object pronoun before a verb stands for the person of the sentence before (before a noun it is a possessive)
        assertThat(coded("Лукашенко встретился с Протасевичем. Позже Лукашенко его помиловал."))
                .containsExactly("CONSULT Alexander Lukashenko -> Raman Pratasevich", "CONCEDE Alexander Lukashenko -> Raman Pratasevich");
        assertThat(coded("Мирзоян прилетел в Тегеран.")).containsExactly("CONSULT Ararat Mirzoyan -> Iran");
        // the host's verb: a visit is coded from the guest to the host, as "received" is in English
        assertThat(coded("Пашинян принял делегацию Ирана.")).containsExactly("CONSULT Iran -> Nikol Pashinyan");
        assertThat(coded("Путин выразил соболезнования Пашиняну.")).containsExactly("SUPPORT Vladimir Putin -> Nikol Pashinyan");
        assertThat(coded("Россия извинилась перед Азербайджаном.")).containsExactly("SUPPORT Russia -> Azerbaijan");
        assertThat(coded("Франция поддерживает Армению.")).containsExactly("SUPPORT France -> Armenia");
        // "assured" as in English; "завершила" (completed) starts alike and is no assurance
        assertThat(coded("Путин заверил Пашиняна, что Россия выполнит свои обязательства.")).containsExactly("SUPPORT Vladimir Putin -> Nikol Pashinyan");
        assertThat(coded("Россия завершила вывод миротворцев из Карабаха.")).containsExactly("RETREAT Russia -> Nagorno-Karabakh");
        assertThat(coded("Армения и Иран провели совместные военные учения.")).containsExactly("COOPERATE Armenia -> Iran");
        assertThat(coded("Армения и Турция установили дипломатические отношения.")).containsExactly("COOPERATE Armenia -> Turkey");
        assertThat(coded("Россия признала независимость Абхазии.")).containsExactly("COOPERATE Russia -> Abkhazia");
    }

    @Test
    void russianRecognitionAndItsRefusal() {
        // recognising a leader, a vote or a government, as the English lexicon reads it; negated, a refusal
        assertThat(coded("Армения признала результаты выборов в Грузии.")).containsExactly("COOPERATE Armenia -> Georgia");
        assertThat(coded("Литва не признает Лукашенко легитимным президентом.")).containsExactly("REJECT Lithuania -> Alexander Lukashenko");
        assertThat(coded("Берлин не считает Лукашенко законно избранным.")).containsExactly("REJECT Germany -> Alexander Lukashenko");
        // "признал … виновным" is a court's verdict, not a recognition
        assertThat(coded("Суд признал бывшего президента Атамбаева виновным.")).noneMatch(e -> e.startsWith("COOPERATE"));
    }

    @Test
    void aRussianCourtsRulingReportsAWrong() {
        assertThat(coded("Международный суд ООН постановил, что Россия нарушила конвенцию."))
                .containsExactly("ACCUSE International Court of Justice -> Russia");
    }

    @Test
    void russianMaterialCooperation() {
        assertThat(coded("Франция передала Армении гуманитарную помощь.")).containsExactly("AID France -> Armenia");
        assertThat(coded("Евросоюз предоставил Армении кредит.")).containsExactly("AID European Union -> Armenia");
        assertThat(coded("Россия выделила Армении 100 миллионов долларов.")).containsExactly("AID Russia -> Armenia");
        assertThat(coded("Россия направила миротворцев в Нагорный Карабах.")).containsExactly("AID Russia -> Nagorno-Karabakh");
        assertThat(coded("Азербайджан освободил армянских военнопленных.")).containsExactly("CONCEDE Azerbaijan -> Armenia");
        assertThat(coded("США сняли санкции с Белоруссии.")).containsExactly("CONCEDE United States -> Belarus");
        assertThat(coded("Турция открыла границу с Арменией.")).containsExactly("CONCEDE Turkey -> Armenia");
        assertThat(coded("Россия вывела войска из Нагорного Карабаха.")).containsExactly("RETREAT Russia -> Nagorno-Karabakh");
        assertThat(coded("Армянские военные отвели технику от границы.")).containsExactly("RETREAT Armenia -> -");
        assertThat(coded("Пашинян ушел в отставку.")).containsExactly("RETREAT Nikol Pashinyan -> Armenia");
    }

    @Test
    void russianMaterialConflict() {
        assertThat(coded("Грузия отозвала посла из России.")).containsExactly("SANCTION Georgia -> Russia");
        assertThat(coded("Армения вышла из ОДКБ.")).containsExactly("SANCTION Armenia -> Collective Security Treaty Organization");
        assertThat(coded("Совет Европы исключил Россию из организации.")).containsExactly("SANCTION Council of Europe -> Russia");
        // leaving talks; the noun of suspending, announced ("объявила о …": the act, not a topic as in "переговоры о …")
        assertThat(coded("Россия вышла из переговоров с Японией о мирном договоре.")).containsExactly("SANCTION Russia -> Japan");
        assertThat(coded("Россия объявила о приостановке участия в договоре с США.")).containsExactly("SANCTION Russia -> United States");
        // ending a treaty's effect, and cutting an embassy's staff
        assertThat(coded("Украина объявила о прекращении действия договора о дружбе с Россией.")).containsExactly("SANCTION Ukraine -> Russia");
        assertThat(coded("Молдавия объявила о сокращении штата посольства России.")).containsExactly("SANCTION Moldova -> Russia");
        assertThat(coded("Лавров и Мирзоян провели переговоры о выходе из кризиса.")).noneMatch(e -> e.startsWith("SANCTION"));
        // the noun of a report is no verb of announcing: what it is about stays a topic ("сообщения о задержании")
        assertThat(coded("Сообщения о задержании журналиста ФСБ появились в понедельник.")).noneMatch(e -> e.startsWith("COERCE"));
        assertThat(coded("Россия запретила ввоз армянского коньяка.")).containsExactly("SANCTION Russia -> Armenia");
        assertThat(coded("Азербайджан объявил российского дипломата персоной нон грата.")).containsExactly("SANCTION Azerbaijan -> Russia");
        assertThat(coded("Литва выслала российских дипломатов.")).containsExactly("SANCTION Lithuania -> Russia");
        assertThat(coded("Грузия закрывает воздушное пространство для России.")).containsExactly("SANCTION Georgia -> Russia");
        // the group noun is the side, of its clause's country (GroupNouns: Russian group nouns)
        assertThat(coded("Сторонники оппозиции перекрыли дороги в Ереване.")).containsExactly("PROTEST Сторонники -> Armenia");
        assertThat(coded("Власти Грузии разогнали демонстрантов.")).containsExactly("COERCE Georgia -> -");
        assertThat(coded("Полиция Грузии задерживает оппозиционеров.")).containsExactly("COERCE Georgia -> -");
        assertThat(coded("Азербайджан ввел военное положение.")).containsExactly("COERCE Azerbaijan -> -");
        assertThat(coded("Россия нанесла авиаудар по Харькову.")).singleElement().asString().startsWith("ASSAULT Russia -> ");
        assertThat(coded("Азербайджанские войска вторглись на территорию Армении.")).containsExactly("ASSAULT Azerbaijan -> Armenia");
        assertThat(coded("Азербайджанские военные вели огонь по армянским позициям.")).containsExactly("ASSAULT Azerbaijan -> Armenia");
        assertThat(coded("Азербайджан обстреливает армянские села.")).containsExactly("ASSAULT Azerbaijan -> Armenia");
        assertThat(coded("Россия перебрасывает войска к границе с Украиной.")).containsExactly("MOBILIZE Russia -> Ukraine");
        assertThat(coded("Азербайджан разместил у границы ракетные комплексы.")).containsExactly("MOBILIZE Azerbaijan -> -");
        assertThat(coded("Белоруссия привела армию в боевую готовность.")).containsExactly("MOBILIZE Belarus -> -");
    }

    @Test
    void russianFormsOfOneVerbAllMatch() {
        for (String form : List.of("призвал", "призвала", "призвали", "призывает", "призывают", "призвать")) {
            assertThat(types(RU, form)).as(form).containsExactly(EventType.REQUEST);
        }
        for (String form : List.of("освободил пленных", "освободила заложников", "освобождает задержанных", "освободить журналистов")) {
            assertThat(types(RU, form)).as(form).contains(EventType.CONCEDE);
        }
        for (String form : List.of("упрекнул", "упрекнув", "упрекает", "упрекая", "упреки")) { // the gerund too
            assertThat(types(RU, form)).as(form).containsExactly(EventType.ACCUSE);
        }
        assertThat(types(RU, "министерство отрицало")).containsExactly(EventType.REJECT);            // neuter past
        assertThat(types(RU, "Баку освободил Варданяна")).containsExactly(EventType.CONCEDE);
        // "освободили село" is a capture in military reports, "освобожден от должности" a dismissal
        assertThat(types(RU, "войска освободили населенный пункт")).doesNotContain(EventType.CONCEDE);
        assertThat(types(RU, "министр освобожден от должности")).isEmpty();
        // ё is folded to е before matching: "нанёс", "договорённость"
        assertThat(types(RU, "нанёс удар")).containsExactly(EventType.ASSAULT);
        assertThat(types(RU, "договорённость была достигнута")).containsExactly(EventType.AGREE);
    }

    @Test
    void russianStemsDoNotSwallowUnrelatedWords() {
        assertThat(coded("Помощник президента России Юрий Ушаков выступил на форуме.")).isEmpty();   // помощник, not помощь
        assertThat(types(RU, "прибыль компании в 2023 году выросла")).isEmpty();                   // прибыль, not прибыл
        assertThat(types(RU, "ученики школ отметили праздник")).isEmpty();                         // ученики, not учения
        assertThat(types(RU, "вызвало вопросы после заседания")).isEmpty();                        // после, not посла
        assertThat(types(RU, "беспилотники сбиты с помощью средств ПВО")).doesNotContain(EventType.AID);
        assertThat(types(RU, "наступление при поддержке танков")).doesNotContain(EventType.SUPPORT);
        assertThat(types(RU, "санкции стали ударом по экономике")).doesNotContain(EventType.ASSAULT);
        assertThat(types(RU, "протестантская община")).isEmpty();
        assertThat(types(RU, "компания протестировала самолет")).isEmpty();
        assertThat(types(RU, "стратегические бомбардировщики пролетели")).isEmpty();
        assertThat(types(RU, "суд санкционировал обыск")).doesNotContain(EventType.SANCTION);
        assertThat(types(RU, "жители оккупированных территорий")).isEmpty();
        assertThat(types(RU, "для этого требуется время")).isEmpty();
        assertThat(types(RU, "в соответствии с соглашением, подписанным в 2020 году")).isEmpty();
        assertThat(types(RU, "гуманитарный кризис")).isEmpty();                                     // not aid by itself
        assertThat(types(RU, "угроза безопасности")).isEmpty();                                     // a threat as a topic
    }

    @Test
    void armenianVerbalConflict() {
        // verb-final: the noun before the verb is its object ("asked for help" is a request, not aid)
        assertThat(coded("Հայաստանը օգնություն է խնդրել Ռուսաստանից։")).containsExactly("REQUEST Armenia -> Russia");
        assertThat(coded("Ադրբեջանը զգուշացրել է Հայաստանին։")).containsExactly("THREATEN Azerbaijan -> Armenia");
        assertThat(coded("Ադրբեջանը սպառնում է Հայաստանին։")).containsExactly("THREATEN Azerbaijan -> Armenia");
        assertThat(coded("Ֆրանսիան կոչ է արել Ադրբեջանին հարգել հրադադարը։")).containsExactly("REQUEST France -> Azerbaijan");
        assertThat(coded("Փաշինյանը խնդրել է Պուտինին օգնություն տրամադրել։")).containsExactly("REQUEST Nikol Pashinyan -> Vladimir Putin");
        assertThat(coded("Իսրայելը կանչել է Հայաստանի դեսպանին։")).containsExactly("ACCUSE Israel -> Armenia");
        assertThat(coded("Հայաստանը մտահոգություն է հայտնել Ադրբեջանի գործողությունների կապակցությամբ։"))
                .containsExactly("ACCUSE Armenia -> Azerbaijan");
        assertThat(coded("Ադրբեջանը ժխտել է Հայաստանի մեղադրանքները։")).containsExactly("REJECT Azerbaijan -> Armenia");
        assertThat(coded("Ռուսաստանը հերքել է Հայաստանի մեղադրանքները։")).containsExactly("REJECT Russia -> Armenia");
        assertThat(coded("Ռուսաստանը մերժեց Հայաստանի առաջարկը։")).containsExactly("REJECT Russia -> Armenia");
    }

    @Test
    void armenianVerbalCooperation() {
        assertThat(coded("Հայաստանը և Ադրբեջանը նախաստորագրել են խաղաղության համաձայնագիրը։")).containsExactly("AGREE Armenia -> Azerbaijan");
        assertThat(coded("Հայաստանը և Ռուսաստանը ստորագրեցին համաձայնագիր։")).containsExactly("AGREE Armenia -> Russia");
        assertThat(coded("Փաշինյանը հրավիրել է Մակրոնին Երևան։")).containsExactly("AGREE Nikol Pashinyan -> Emmanuel Macron");
        assertThat(coded("Միրզոյանը ժամանել է Թեհրան։")).containsExactly("CONSULT Ararat Mirzoyan -> Iran");
        assertThat(coded("Փաշինյանը հեռախոսային զրույց է ունեցել Մակրոնի հետ։")).containsExactly("CONSULT Nikol Pashinyan -> Emmanuel Macron");
        assertThat(coded("Փաշինյանը շնորհավորել է Մակրոնին։")).containsExactly("SUPPORT Nikol Pashinyan -> Emmanuel Macron");
        assertThat(coded("Ֆրանսիան ցավակցություն է հայտնել Հայաստանին։")).containsExactly("SUPPORT France -> Armenia");
        assertThat(coded("Վրաստանը շնորհակալություն է հայտնել Հայաստանին աջակցության համար։")).containsExactly("SUPPORT Georgia -> Armenia");
        assertThat(coded("Մեքսիկան ճանաչել է Հայոց ցեղասպանությունը։")).singleElement().asString().startsWith("COOPERATE Mexico");
        assertThat(coded("Հայաստանը և Իրանը համատեղ զորավարժություններ են անցկացրել։")).containsExactly("COOPERATE Armenia -> Iran");
        assertThat(coded("Ռուսաստանը և Հայաստանը համագործակցում են։")).containsExactly("COOPERATE Russia -> Armenia");
    }

    @Test
    void armenianMaterialActs() {
        assertThat(coded("Ֆրանսիան մարդասիրական օգնություն է ուղարկել Հայաստանին։")).containsExactly("AID France -> Armenia");
        assertThat(coded("Ադրբեջանը վերադարձրել է հայ գերիներին Հայաստանին։")).containsExactly("CONCEDE Azerbaijan -> Armenia");
        assertThat(coded("Ադրբեջանը ազատ է արձակել հայ գերիներին։")).singleElement().asString().startsWith("CONCEDE Azerbaijan");
        assertThat(coded("Թուրքիան բացել է սահմանը Հայաստանի հետ։")).containsExactly("CONCEDE Turkey -> Armenia");
        assertThat(coded("Ռուսաստանը դուրս է բերել իր խաղաղապահներին Ղարաբաղից։")).singleElement().asString().startsWith("RETREAT Russia");
        assertThat(coded("Վրաստանը հետ է կանչել իր դեսպանին Ռուսաստանից։")).containsExactly("SANCTION Georgia -> Russia");
        assertThat(coded("Ադրբեջանը փակել է սահմանը Հայաստանի հետ։")).containsExactly("SANCTION Azerbaijan -> Armenia");
        assertThat(coded("Հայաստանը դուրս է եկել ՀԱՊԿ-ից։")).containsExactly("SANCTION Armenia -> Collective Security Treaty Organization");
        assertThat(coded("Հայաստանը ՀԱՊԿ-ում իր մասնակցությունը սառեցրել է։"))
                .containsExactly("SANCTION Armenia -> Collective Security Treaty Organization");
        assertThat(coded("Միացյալ Նահանգները պատժամիջոցներ է սահմանել Իրանի նկատմամբ։")).containsExactly("SANCTION United States -> Iran");
        assertThat(coded("Ընդդիմության կողմնակիցները փակել են Երևանի փողոցները։")).singleElement().asString().startsWith("PROTEST Armenia");
        assertThat(coded("Բողոքի ակցիաներ են անցկացվել Երևանում։")).singleElement().asString().startsWith("PROTEST Armenia");
        assertThat(coded("Վրաստանի ոստիկանությունը ձերբակալել է ընդդիմության առաջնորդին։")).singleElement().asString().startsWith("COERCE Georgia");
        assertThat(coded("Ադրբեջանը ռմբակոծել է հայկական գյուղերը։")).containsExactly("ASSAULT Azerbaijan -> Armenia");
        assertThat(coded("Ադրբեջանը գնդակոծում է հայկական դիրքերը։")).containsExactly("ASSAULT Azerbaijan -> Armenia");
        assertThat(coded("Ադրբեջանը զորք է կուտակել Հայաստանի սահմանին։")).containsExactly("MOBILIZE Azerbaijan -> Armenia");
        assertThat(coded("Ռուսաստանը տեղակայել է զորքեր Բելառուսում։")).containsExactly("MOBILIZE Russia -> Belarus");
    }

    @Test
    void armenianFormsOfOneVerbAllMatch() {
        // perfect participle (analytic past), aorist singular and plural, present participle, noun
        for (String form : List.of("ստորագրել է", "ստորագրեց", "ստորագրեցին", "ստորագրում են", "ստորագրումը")) {
            assertThat(types(HY, form)).as(form).containsExactly(EventType.AGREE);
        }
        for (String form : List.of("ձերբակալել են", "ձերբակալեց", "ձերբակալեցին", "ձերբակալվել է")) {
            assertThat(types(HY, form)).as(form).containsExactly(EventType.COERCE);
        }
    }

    @Test
    void armenianStemsDoNotSwallowUnrelatedWords() {
        assertThat(types(HY, "Ղարաբաղյան խնդրի կարգավորումը")).isEmpty();                 // խնդրի: of the problem, not "asked"
        assertThat(types(HY, "պաշտոնական տվյալների համաձայն գնաճը նվազել է")).isEmpty();   // համաձայն: according to
        assertThat(types(HY, "գնաճը պայմանավորված է գների աճով")).isEmpty();              // պայմանավորված: due to
        assertThat(types(HY, "զեկույցը ցույց է տվել տնտեսության աճ")).isEmpty();           // ցույց տալ: to show
        assertThat(types(HY, "Գյումրիում տեղակայված ռուսական ռազմաբազան")).isEmpty();     // stationed, not deployed now
        assertThat(types(HY, "ռուս սպաները")).isEmpty();                                   // officers, not killings
        assertThat(types(HY, "համակարգը խոցելի է")).isEmpty();                              // vulnerable
        assertThat(types(HY, "Պաշտպանության նախարարությունը")).isEmpty();
        assertThat(types(HY, "քաղաքական ուշադրությունը գրավել է")).isEmpty();
    }

    @Test
    void aRussianParticipleBetweenCommasDescribesTheSubjectAndDecliningToCommentIsNoAct() {
        assertThat(coded("Светлана Тихановская, уехавшая после выборов в Литву, раскритиковала Лукашенко."))
                .containsExactly("ACCUSE Sviatlana Tsikhanouskaya -> Alexander Lukashenko");
        assertThat(coded("Дмитрий Песков, представляющий Кремль, от комментариев отказался.")).isEmpty();
        assertThat(coded("Песков отказался от комментариев.")).isEmpty();
        // students are civilians, as in English
        assertThat(coded("Полиция задержала двух студентов.")).containsExactly("COERCE Полиция -> студентов");
    }
}
