package io.newsflow.enrich.events;

import io.newsflow.enrich.text.Tokenizer;
import io.newsflow.schemas.EventType;

import java.util.List;
import java.util.Set;

/**
 * Arguments where there is no part-of-speech tagger (Russian, Armenian): case endings and word order stand in for
 * the clause structure {@link Arguments} reads from the tags. Russian order is free, so a nominative actor after the
 * verb may be its subject and an oblique one before it its object; a two-sided act named by a noun takes its parties
 * in the genitive; a government may be named by where it sits ("В Москве …"); Armenian clauses are verb-final.
 * Stateless; linear in the clause.
 */
final class UntaggedOrder {
    private UntaggedOrder() {}

    /**
     * Russian case endings of the oblique cases (accusative, dative, instrumental, prepositional: "Армению", "Пашиняну",
     * "Пашиняном", "России"; adjectives' genitive "армянских", "российского"): such a mention is not the subject.
     */
    private static final java.util.regex.Pattern RUSSIAN_OBLIQUE = java.util.regex.Pattern.compile(".*(у|ю|ом|ем|ой|ей|ым|им|и|е|их|ых|ого|его)$");
    /** Genitive singular endings the oblique pattern leaves out, as nominatives end so too ("Москва", "Россия"). */
    private static final java.util.regex.Pattern RUSSIAN_GENITIVE = java.util.regex.Pattern.compile(".*[^ая][аяы]$"); // not an adjective's "-ая", "-яя"
    /**
     * The oblique case forms of the Russian group nouns ({@code GroupNouns}: "демонстрантов", "жителей", "полицию",
     * "силовикам"; not the nominative "жители", "полиция", "протестующие"; "человек" stays undecided, a subject).
     */
    private static final java.util.regex.Pattern RUSSIAN_GROUP_OBLIQUE = java.util.regex.Pattern.compile(
            ".*(ов|ев|ей|ам|ям|ами|ями|ах|ях|их|им|ими|ю|ии|у|ом|ой|ьми)|граждан|омона|спецназа");
    /** Nominative adjective endings that the oblique pattern would catch ("Российские миротворцы", "российское"). */
    private static final java.util.regex.Pattern RUSSIAN_NOMINATIVE_ADJECTIVE = java.util.regex.Pattern.compile(".*(ие|ые|ое|ее)$");

    /** A Russian mention in an oblique case (not the subject), unless a sector noun in front of it heads the phrase. */
    static boolean obliqueCase(SentenceStructure st, Participant p) {
        if (p.ownsNoun() || !st.isCyrillic(p.lastToken())) return false;
        Boolean byRole = roleCase(st, p);
        if (byRole != null) return byRole;
        String last = st.lower(p.lastToken());
        if (GroupNouns.isGroup(p.actor().id())) return RUSSIAN_GROUP_OBLIQUE.matcher(last).matches(); // its name is the word itself
        boolean place = p.actor().kind().equals("place") || p.actor().isCountry() || p.actor().capitalOf() != null;
        if (place && p.firstToken() == p.lastToken() && RUSSIAN_GENITIVE.matcher(last).matches() && !baseForm(p.actor(), last)) {
            return true; // "поведение Минска", "позиция Москвы": a place's genitive, not its nominative ("Москва")
        }
        if (p.actor().isPerson() && objectPlace(st, p) && declinedSurname(p.actor(), last)) return true; // "Пашиняна раскритиковал Путин"
        return RUSSIAN_OBLIQUE.matcher(last).matches() && !RUSSIAN_NOMINATIVE_ADJECTIVE.matcher(last).matches()
                && (ProperNames.isName(p.actor().id()) || !baseForm(p.actor(), last));
    }

    /**
     * Where a declined name can only be an object: opening its clause or right after a verb (after a noun it is as
     * likely that noun's genitive: "переговоры Лаврова", "сторонники Галстаняна", "администрация Трампа").
     */
    private static boolean objectPlace(SentenceStructure st, Participant p) {
        int at = p.firstToken();
        return at == st.clauseStart(at) || at > st.first() && UntaggedActs.isVerb(st.lower(at - 1));
    }

    /**
     * A man's surname that ends in a consonant in the dictionary, with the "-а" of the genitive and accusative
     * ("Пашиняна", "Алиева", "Лаврова"): not the subject. A name that ends in "-а" itself ("Захарова") is its own
     * nominative ({@link #baseForm}).
     */
    private static boolean declinedSurname(io.newsflow.enrich.actors.ActorEntry person, String lower) {
        if (!lower.endsWith("а") || baseForm(person, lower)) return false;
        String nominative = lower.substring(0, lower.length() - 1);
        return CYRILLIC_CONSONANT_END.matcher(nominative).matches() && baseForm(person, nominative);
    }

    private static final java.util.regex.Pattern CYRILLIC_CONSONANT_END = java.util.regex.Pattern.compile(".*[бвгджзклмнпрстфхцчшщ]");

    /**
     * A person named by office alone ("Президент Армении призвал …", "Министр обороны России", "премьер-министра
     * Армении"): the role noun leads the phrase and carries its case, not the country in the genitive after it (a name
     * after the office carries the case itself: "помощник президента Азербайджана Хикмет Гаджиев"). True when the
     * leading word is an oblique case form of a role noun ({@code describing} in {@code function-words.yaml}:
     * "президента", "министру"), false when it is the noun itself or its plural ("министры"), null when the mention does
     * not open with one.
     */
    private static Boolean roleCase(SentenceStructure st, Participant p) {
        if (p.firstToken() == p.lastToken() || !p.actor().kind().equals("person") || !st.isCyrillic(p.firstToken())) return null;
        if (endsWithName(st.lower(p.lastToken()), p.actor())) return null; // "… Хикмет Гаджиев": the name tells its case
        String head = st.lower(p.firstToken());
        if (head.equals("глава")) return false; // "Глава МИД Франции призвал …" (its genitive "главы" is also a plural: undecided)
        if (head.startsWith("глав") && RUSSIAN_OBLIQUE.matcher(head).matches()) return true; // "главе", "главу", "главой"
        java.util.Map<String, String> roles = st.words().describing();
        if (roles.containsKey(head)) return false;
        for (String role : roles.keySet()) {
            // "президента", "министру", "послом" (not the plural nominative "министры", "президенты")
            if (head.startsWith(role)) return RUSSIAN_OBLIQUE.matcher(head).matches() || head.endsWith("а") || head.endsWith("я");
        }
        return null;
    }

    /** Letters a declined name shares with its nominative at least ("Гаджиева", "Гаджиев"). */
    private static final int NAME_STEM = 4;

    /** Whether {@code lower} is a form of a word of one of the person's names (its first {@link #NAME_STEM} letters). */
    private static boolean endsWithName(String lower, io.newsflow.enrich.actors.ActorEntry person) {
        if (lower.length() < NAME_STEM) return false;
        String stem = lower.substring(0, NAME_STEM);
        for (String name : person.allNames()) {
            for (String word : lowerName(name).split(" ")) if (word.startsWith(stem)) return true;
        }
        return false;
    }

    /**
     * The word is an alias's own last word, as the dictionary lists it (nominative): an indeclinable name ("Баку",
     * "Сочи") or one whose nominative happens to end like an oblique case is still a possible subject.
     */
    private static boolean baseForm(io.newsflow.enrich.actors.ActorEntry actor, String lower) {
        for (String name : actor.allNames()) {
            String n = lowerName(name);
            if (n.equals(lower) || n.endsWith(" " + lower)) return true;
        }
        return false;
    }

    /** A dictionary name as the sentence's lower-case words compare with it ("ё" written "е"). */
    private static String lowerName(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replace('ё', 'е');
    }

    /**
     * Russian word order is free: "Армению обвинила Россия" puts the object first. With no nominative actor before the
     * verb, the first nominative one after it is the source and an oblique one (before or after) the target.
     */
    static Arguments freeOrder(SentenceStructure st, List<Participant> people, Trigger t) {
        int start = st.clauseStart(t.firstToken()), end = st.clauseEnd(t.lastToken());
        Participant source = null, target = null;
        for (Participant p : people) {
            if (p.firstToken() < start || p.lastToken() > end || p.locative() || attributed(st, p)) continue;
            boolean oblique = oblique(st, p);
            boolean inGap = p.firstToken() > t.firstToken() && p.lastToken() < t.lastToken(); // "назвал действия Баку провокацией"
            if (!oblique && !inGap && source == null && p.firstToken() > t.lastToken()) source = p;
            else if ((oblique || inGap) && target == null) target = p;
        }
        Participant subject = relativeSubject(st, people, start);
        if (subject == null) subject = sharedSubject(st, people, t, start);
        if (subject == null) subject = placeSpeaking(st, people, t, start);
        if (subject != null) {
            // "…, и обвинил Азербайджан", "В Ереване обвинили Азербайджан в попытке втянуть Россию": with the subject
            // found before the verb, a nominative-looking actor after it is its object (an inanimate accusative), before
            // any oblique one further on
            if (source != null && source.firstToken() > t.lastToken() && (target == null || source.firstToken() < target.firstToken())) {
                target = source;
            }
            source = subject;
        }
        if (source == null) source = Speakers.quoteSpeaker(st, people, t.firstToken()); // "«Требуем …», — заявила Захарова": a verb's person
        if (source == null) return Arguments.NONE;
        if (target != null && Arguments.sameActor(source, target)) target = null;
        Evidence found = source.firstToken() > t.lastToken() ? Evidence.AFTER_TRIGGER : Evidence.SUBJECT;
        return new Arguments(source, found, target, target == null ? null : Evidence.OBJECT);
    }

    /** "Атака, по словам губернатора Смирнова, …": an actor in a phrase of attribution tells of the act, neither its doer nor its target. */
    private static boolean attributed(SentenceStructure st, Participant p) {
        return st.inAttribution(p.firstToken());
    }

    /** Not the subject: in an oblique case by its ending, or after a preposition ({@link #afterPreposition}). */
    private static boolean oblique(SentenceStructure st, Participant p) {
        return obliqueCase(st, p) || afterPreposition(st, p);
    }

    /**
     * After a preposition ({@code function-words.yaml}: the noun after one is in an oblique case, "… союзника по ОДКБ"),
     * or after one and a lower-case noun it governs ("против правительства Никола Пашиняна").
     */
    private static boolean afterPreposition(SentenceStructure st, Participant p) {
        Set<String> prepositions = st.words().prepositions();
        int before = p.firstToken() - 1;
        if (before < st.first()) return false;
        if (prepositions.contains(st.lower(before))) return true;
        return before - 1 >= st.first() && prepositions.contains(st.lower(before - 1)) && st.isCyrillic(before)
                && Character.isLowerCase(st.word(before).codePointAt(0));
    }

    /**
     * "…в угоду Вашингтону, который ввел санкции против России": a clause opened by a relative pronoun in the nominative
     * has the actor right before the pronoun as its subject, whatever that actor's own case. Null otherwise.
     */
    private static Participant relativeSubject(SentenceStructure st, List<Participant> people, int start) {
        if (!Arguments.SUBJECT_RELATIVES.contains(st.lower(start))) return null;
        for (Participant p : people) if (p.lastToken() == start - 1) return p;
        return null;
    }

    /**
     * "Пашинян пообещал, что …, и назвал поведение Минска недостойным": a verb right after "и" that opens its clause has
     * no subject of its own; it shares the sentence's, the first nominative actor before the clause, or a government
     * named by where it sits when that comes later ("однако в Ереване назвали … и обвинили Азербайджан …",
     * {@link #placeSpeaking}). Null otherwise.
     */
    private static Participant sharedSubject(SentenceStructure st, List<Participant> people, Trigger t, int start) {
        if (t.firstToken() != start + 1 || !st.lower(start).equals("и")) return null;
        Participant nominative = null, place = null;
        for (Participant p : people) {
            if (p.lastToken() >= start) break;
            if (speakingPlace(st, p)) place = p;
            else if (nominative == null && !p.locative() && !oblique(st, p)) nominative = p;
        }
        return place != null && (nominative == null || place.firstToken() > nominative.firstToken()) ? place : nominative;
    }

    /**
     * Russian names a government by where it sits when no one is named: "В Москве это отрицают", "В Минске решение
     * назвали …" (they deny it in Moscow). A country, capital or organisation after "в"/"во" that opens the clause,
     * before the trigger, is then the source; else null.
     */
    private static Participant placeSpeaking(SentenceStructure st, List<Participant> people, Trigger t, int start) {
        for (Participant p : people) {
            if (p.firstToken() < start || p.lastToken() >= t.firstToken()) continue;
            return speakingPlace(st, p) ? p : null;
        }
        return null;
    }

    /**
     * A country, capital or organisation right after a "в"/"во" that opens its clause, or follows only the conjunction
     * that opens it ("В Минске …", "…, а в Кремле …", "…, однако в Ереване …").
     */
    private static boolean speakingPlace(SentenceStructure st, Participant p) {
        int in = p.firstToken() - 1;
        if (in < st.first() || !st.lower(in).equals("в") && !st.lower(in).equals("во")) return false;
        int start = st.clauseStart(in);
        boolean opens = start == in || start == in - 1 && st.clauseConjunction(start);
        return opens && (p.actor().isCountry() || p.actor().capitalOf() != null || p.actor().kind().equals("organisation"));
    }

    /**
     * "на переговорах Путина и Пашиняна", "встреча Алиева и Эрдогана": a two-sided act named by a noun with its two
     * parties right after it, joined by "и" (in the genitive, which is why no subject is found for it): the first is the
     * source, the second the target; null otherwise, and for a verb's phrase, whose subject acts on both ("Россия
     * признала независимость ДНР и ЛНР").
     */
    static Arguments genitivePair(SentenceStructure st, List<Participant> people, Trigger t) {
        if (!Arguments.RECIPROCAL.contains(t.type()) || UntaggedActs.isVerb(st.lower(t.firstToken()))) return null;
        Participant first = Arguments.startingAt(people, t.lastToken() + 1, t.lastToken() + 1);
        if (first == null || first.locative() || first.lastToken() + 2 > st.last() || !Arguments.COMPOUND.contains(st.lower(first.lastToken() + 1))) return null;
        Participant second = Arguments.startingAt(people, first.lastToken() + 2, first.lastToken() + 2);
        if (second == null || second.locative() || Arguments.sameActor(first, second)) return null;
        return new Arguments(first, Evidence.MODIFIER, second, Evidence.OBJECT);
    }

    /**
     * Verb-final clauses (Armenian). The subject is the first actor of the clause in the nominative ({@link #armenianCase}:
     * "Ադրբեջանին դատապարտել է Ֆրանսիան" is France's act, "Թբիլիսիի հայտարարությունը քննադատել է Մոսկվան" Moscow's);
     * else the place the clause opens with, if it is where the act happens ("Կրեմլում քննադատել են Երևանի
     * հայտարարությունը": the Kremlin speaks); else the first actor in the genitive, which may own the subject's noun
     * ("Ադրբեջանի զինված ուժերը հարձակվել են …"), or whose case the ending leaves undecided; else the first actor. A
     * bare place right after one in the ablative ("Մոսկվայից Երևան ժամանած Լավրովը") is where someone goes, not who.
     * The subject acts on the next actor; a place where it happens or it comes from ("Կիևում", "-ից"), or a genitive
     * before the subject (its own: "Եվրոպական խորհրդարանի նախագահ Մեցոլան"), only when no other is named. A verb
     * coordinated after "և" acts on the next actor after the "և" ("մեղադրել է Ադրբեջանին և կոչ է արել Ռուսաստանին":
     * Russia), else, as when a pronoun stands for it, on the first verb's object.
     */
    static Arguments verbFinal(SentenceStructure st, List<Participant> people, Trigger t) {
        int start = st.clauseStart(t.firstToken()), end = st.clauseEnd(t.lastToken());
        int objectsFrom = UntaggedActs.conjunct(st, t) ? t.firstToken() : start;
        Participant source = null, undecided = null, target = null, earlierObject = null, wherePlace = null, speakingPlace = null;
        for (Participant p : people) {
            if (p.firstToken() < start || p.lastToken() > end || p.locative()) continue;
            ArmenianCase c = armenianCase(st, p);
            if (destination(st, p, c)) continue;
            if (c == ArmenianCase.WHERE && p.firstToken() <= start + 1 && st.lower(p.lastToken()).endsWith("ում") && !p.actor().isPerson()) {
                speakingPlace = p; // "Կրեմլում քննադատել են …": in the Kremlin they criticised
            }
            if (c == ArmenianCase.NOMINATIVE) {
                source = p;
                break;
            }
            if ((c == ArmenianCase.UNDECIDED || c == ArmenianCase.GENITIVE) && undecided == null) undecided = p; // "Ադրբեջանի զինված ուժերը"
        }
        if (source == null) source = speakingPlace != null ? speakingPlace : undecided;
        for (Participant p : people) {
            if (p.firstToken() < start || p.lastToken() > end || p.locative()) continue;
            if (p == source) continue;
            if (source == null) source = p;
            else if (Arguments.sameActor(p, source)) continue;
            else if (coSource(st, p, source, t)) continue; // "ԱՄՆ-ը և Ֆրանսիան աջակցել են …": both support, neither is supported
            else if (whereOrOwnGenitive(armenianCase(st, p), p, source)) {
                // "Կիևում Զելենսկին հանդիպել է Մակրոնի հետ": Macron, not Kyiv; "Եվրոպական խորհրդարանի նախագահ Մեցոլան":
                // the subject's own genitive is no one it acts on
                if (wherePlace == null) wherePlace = p;
            }
            else if (target == null && p.firstToken() >= objectsFrom && (objectsFrom == start || !p.actor().kind().equals("place"))) {
                target = p; // a conjunct's place ("հրավիրել է նրան Երևան") is where, not whom
            }
            else if (earlierObject == null) earlierObject = p;
        }
        if (target == null) target = earlierObject; // "… Պուտինին և հրավիրել է նրան": "him" is the first verb's object
        if (target == null) target = wherePlace;
        return source == null ? Arguments.NONE : new Arguments(source, Evidence.SUBJECT, target, target == null ? null : Evidence.OBJECT);
    }

    /** Armenian words that join two members of one side, as {@link Tokenizer#armenianLetters} spells them ("և" is "եւ"; "ու"). */
    private static final Set<String> ARMENIAN_AND = Set.of("եւ", "ու");

    /**
     * Acts one side does to another, never to each other: a meeting, an agreement, a ceasefire, an exchange of prisoners
     * or a clash may be mutual ("Հնդկաստանը և Պակիստանը հրադադար են հայտարարել": India's to Pakistan).
     */
    private static final Set<EventType> ONE_WAY = java.util.EnumSet.of(EventType.ACCUSE, EventType.SUPPORT, EventType.REQUEST,
            EventType.THREATEN, EventType.SANCTION, EventType.REJECT, EventType.PROTEST, EventType.COERCE, EventType.AID);

    /**
     * "Իրանը և Թուրքիան սպառնում են …", "աջակցել են ԱՄՆ-ը և Ֆրանսիան": an actor joined to the subject by "և" in the same
     * case acts with it when the act is {@link #ONE_WAY}.
     */
    private static boolean coSource(SentenceStructure st, Participant p, Participant source, Trigger t) {
        if (!ONE_WAY.contains(t.type())) return false;
        Participant first = p.firstToken() < source.firstToken() ? p : source, second = first == p ? source : p;
        int and = first.lastToken() + 1;
        if (and < second.firstToken() && HYPHENATED_ENDINGS.contains(st.lower(and))) and++; // "ԱՄՆ-ը և …"
        return second.firstToken() == and + 1 && ARMENIAN_AND.contains(Tokenizer.armenianLetters(st.lower(and)))
                && armenianCase(st, p) == armenianCase(st, source);
    }

    /** A place where the act happens or it comes from, or a genitive before the subject (its own). */
    private static boolean whereOrOwnGenitive(ArmenianCase c, Participant p, Participant source) {
        return c == ArmenianCase.WHERE || c == ArmenianCase.GENITIVE && p.firstToken() < source.firstToken();
    }

    /** What an Armenian mention's ending says of its role: {@link #armenianCase}. */
    enum ArmenianCase { NOMINATIVE, GENITIVE, OBLIQUE, WHERE, UNDECIDED }

    /** Armenian postpositions after a noun in the genitive or dative ("Փաշինյանի հետ": with Pashinyan). */
    private static final Set<String> ARMENIAN_POSTPOSITIONS = Set.of("հետ", "դեմ", "մասին", "նկատմամբ", "համար", "հանդեպ", "միջև");
    /** Case endings an abbreviation takes after a hyphen, a word of their own to the tokenizer ("ԱՄՆ-ի": "ԱՄՆ", "ի"). */
    private static final Set<String> HYPHENATED_ENDINGS = Set.of("ը", "ն", "ի", "ին", "ից", "ով", "ում", "ու");
    private static final java.util.regex.Pattern NOMINATIVE_SUFFIX = java.util.regex.Pattern.compile("ը|ն|");
    private static final java.util.regex.Pattern GENITIVE_SUFFIX = java.util.regex.Pattern.compile("յ?(ի|ու)");
    private static final java.util.regex.Pattern DATIVE_SUFFIX = java.util.regex.Pattern.compile("յ?(ին|ով)");
    private static final java.util.regex.Pattern WHERE_SUFFIX = java.util.regex.Pattern.compile("յ?(ում|ից)");

    /**
     * The case of an Armenian mention, read from its word against the actor's dictionary names: the name alone or with
     * its article "-ը"/"-ն" is the nominative ("Ֆրանսիան"); "-ի"/"-ու" the genitive ("Թբիլիսիի", "Բաքվի"), oblique with a
     * postposition after it ("Փաշինյանի հետ"); "-ին"/"-ով" the dative or instrumental ("Ադրբեջանին", "Բաքվին"; not
     * "Պուտին", whose name ends so); "-ում"/"-ից" where it happens or comes from. A final "ու" of the name is "վ" before
     * an ending ("Բաքու", "Բաքվում"), "և" is "եւ". Undecided for any other word (an unknown name, a role, a hyphenated
     * abbreviation, an adjective: "հայկական դիրքերը") and for a country after a sector noun that leads it; an unknown
     * name, which is its own word, is where something happens when it ends in "-ում" or "-ից" ("Խուջանդում").
     */
    static ArmenianCase armenianCase(SentenceStructure st, Participant p) {
        String word = Tokenizer.armenianLetters(st.lower(p.lastToken()));
        if (p.ownsNoun() || Character.UnicodeScript.of(word.codePointAt(0)) != Character.UnicodeScript.ARMENIAN) return ArmenianCase.UNDECIDED;
        if (ProperNames.isName(p.actor().id())) { // an unknown name is its own word: only where it is, or comes from, shows
            return word.endsWith("ում") || word.endsWith("ից") ? ArmenianCase.WHERE : ArmenianCase.UNDECIDED;
        }
        boolean postposition = p.lastToken() < st.last() && ARMENIAN_POSTPOSITIONS.contains(st.lower(p.lastToken() + 1));
        if (p.lastToken() < st.last() && HYPHENATED_ENDINGS.contains(st.lower(p.lastToken() + 1))) { // "ԱՄՆ-ի", "ԱԳՆ-ն"
            word = word + st.lower(p.lastToken() + 1);
            postposition = p.lastToken() + 1 < st.last() && ARMENIAN_POSTPOSITIONS.contains(st.lower(p.lastToken() + 2));
        }
        for (String name : p.actor().allNames()) {
            if (!Character.isUpperCase(name.codePointAt(0))) continue; // an adjective ("հայկական") modifies the noun that has the case
            String[] words = Tokenizer.armenianLetters(name.toLowerCase(java.util.Locale.ROOT)).split(" ");
            String suffix = Tokenizer.armenianEnding(word, words[words.length - 1]);
            if (suffix == null) continue;
            if (NOMINATIVE_SUFFIX.matcher(suffix).matches()) return ArmenianCase.NOMINATIVE;
            if (GENITIVE_SUFFIX.matcher(suffix).matches()) return postposition ? ArmenianCase.OBLIQUE : ArmenianCase.GENITIVE;
            if (DATIVE_SUFFIX.matcher(suffix).matches()) return ArmenianCase.OBLIQUE;
            if (WHERE_SUFFIX.matcher(suffix).matches()) return ArmenianCase.WHERE;
        }
        return ArmenianCase.UNDECIDED;
    }

    /** A bare place right after one in the ablative ("Մոսկվայից Երևան ժամանած"): where someone goes, not who acts. */
    private static boolean destination(SentenceStructure st, Participant p, ArmenianCase c) {
        int before = p.firstToken() - 1;
        return c == ArmenianCase.NOMINATIVE && before >= st.first() && st.lower(before).endsWith("ից")
                && (p.actor().kind().equals("place") || p.actor().isCountry() || p.actor().capitalOf() != null);
    }
}
