package io.newsflow.enrich.events;

import io.newsflow.schemas.EventType;

import java.util.List;
import java.util.Set;

/**
 * How sure the verb chain before a trigger says its act is, and what PLOVER codes it as: a negated act of cooperation
 * is a refusal (REJECT); a planned or promised material conflict a threat (THREATEN) and planned cooperation a promise
 * (AGREE); "could", "is considering", "if" make it hypothetical.
 */
enum Modality {
    ASSERTED, NEGATED, FUTURE, HYPOTHETICAL;

    static final Set<EventType> MATERIAL_CONFLICT = Set.of(EventType.ASSAULT, EventType.COERCE, EventType.SANCTION);
    static final Set<EventType> TURN_TO_AGREE = Set.of(EventType.AID, EventType.SUPPORT, EventType.COOPERATE, EventType.CONCEDE,
            EventType.CONSULT);
    static final Set<EventType> NEGATED_IS_REJECT = Set.of(EventType.AGREE, EventType.SUPPORT, EventType.COOPERATE,
            EventType.CONSULT, EventType.AID, EventType.CONCEDE, EventType.RETREAT);
    static final int VERB_CHAIN = 6;

    /**
     * Reads the words right before the trigger that belong to its verb ("did not", "will", "plans to", "could be
     * considering"), and a clause opened by "if"/"whether".
     */
    static Modality of(SentenceStructure st, Trigger t) {
        FunctionWords w = st.words();
        int head = Arguments.head(st, t);
        int start = st.clauseStart(head);
        boolean negated = false, future = false, hypothetical = w.hypothetical().contains(st.lower(start)) && start < head
                // "is considering dismissing Syrsky", "is considering sanctions": the verb that governs a gerund or a noun
                || head > st.first() && w.hypothetical().contains(st.lower(head - 1))
                || head < t.firstToken() && w.hypothetical().contains(st.lower(head));
        for (int i = head - 1; i >= Math.max(start, head - VERB_CHAIN); i--) {
            String word = st.lower(i);
            boolean inChain = w.negators().contains(word) || w.future().contains(word) || w.hypothetical().contains(word)
                    || w.passive().contains(word) || word.equals("to") || word.equals("has") || word.equals("have")
                    || word.equals("had") || word.equals("did") || word.equals("does") || word.equals("do")
                    || st.tag(i).equals("AUX") || st.tag(i).equals("PART") || st.tag(i).equals("ADV") || !st.tagged() && i >= head - 2;
            if (!inChain) break;
            negated |= w.negators().contains(word);
            future |= w.future().contains(word);
            hypothetical |= w.hypothetical().contains(word);
        }
        if (hypothetical) return Modality.HYPOTHETICAL;
        if (negated) return Modality.NEGATED;
        return future ? Modality.FUTURE : Modality.ASSERTED;
    }

    /** Words after a promise that are read for the harm it promises. */
    static final int HARM_REACH = 12;

    /**
     * A promise of harm is a threat (PLOVER): a promising verb coded AGREE ("vowed", "пообещал") with a punishment or
     * retaliation among the {@link #HARM_REACH} words after it ("vowed that those responsible would be punished",
     * "пообещала, что ответ Москвы не заставит себя ждать") is coded THREATEN; else the trigger as it is.
     */
    static Trigger promisedHarm(SentenceStructure st, Trigger t) {
        FunctionWords w = st.words();
        if (t.type() != EventType.AGREE || !w.promises().contains(st.lower(t.firstToken()))) return t;
        for (int i = t.lastToken() + 1; i <= Math.min(st.last(), t.lastToken() + HARM_REACH); i++) {
            String word = st.lower(i);
            for (String harm : w.harms()) if (word.startsWith(harm)) return t.withType(EventType.THREATEN, "promised harm");
        }
        return t;
    }

    /** Words between a promise and the support or aid it promises ("promised Warsaw the bloc's full solidarity"). */
    static final int PROMISED_REACH = 6;

    /**
     * A promise of support or aid is that act (PLOVER codes what is pledged): a promising verb coded AGREE with a
     * trigger of {@link EventType#SUPPORT} or {@link EventType#AID} among the {@link #PROMISED_REACH} words after it, in
     * its clause and with no verb between ("promised Warsaw the bloc's full solidarity", "pledged humanitarian aid"), is
     * coded as that trigger's type; else the trigger as it is. {@code triggers}: the sentence's.
     */
    static Trigger promisedAct(SentenceStructure st, Trigger t, List<Trigger> triggers) {
        if (t.type() != EventType.AGREE || !st.words().promises().contains(st.lower(t.firstToken()))) return t;
        int end = Math.min(st.clauseEnd(t.lastToken()), t.lastToken() + PROMISED_REACH);
        for (Trigger promised : triggers) {
            if (promised.type() != EventType.SUPPORT && promised.type() != EventType.AID) continue;
            if (promised.firstToken() <= t.lastToken() || promised.firstToken() > end) continue;
            boolean verbBetween = false;
            for (int i = t.lastToken() + 1; i < promised.firstToken(); i++) verbBetween |= st.isVerb(i);
            if (!verbBetween) return t.withType(promised.type(), "promised " + promised.type().name().toLowerCase());
        }
        return t;
    }

    /** The type the act is coded as, given its modality (PLOVER: a promise is AGREE, a planned attack a THREATEN). */
    static Trigger recode(Trigger t, Modality modality, Set<Evidence> evidence) {
        switch (modality) {
            case NEGATED -> {
                if (NEGATED_IS_REJECT.contains(t.type())) {
                    evidence.add(Evidence.REFUSED);
                    return t.withType(EventType.REJECT, "declined " + t.type().name().toLowerCase());
                }
                evidence.add(Evidence.NEGATED);
            }
            case FUTURE -> {
                if (MATERIAL_CONFLICT.contains(t.type())) {
                    evidence.add(Evidence.PROMISED);
                    return t.withType(EventType.THREATEN, "threat of " + t.type().name().toLowerCase());
                }
                if (TURN_TO_AGREE.contains(t.type())) {
                    evidence.add(Evidence.PROMISED);
                    return t.withType(EventType.AGREE, "promise of " + t.type().name().toLowerCase());
                }
            }
            case HYPOTHETICAL -> {
                evidence.add(Evidence.HYPOTHETICAL);
                if (MATERIAL_CONFLICT.contains(t.type())) return t.withType(EventType.THREATEN, "threat of " + t.type().name().toLowerCase());
            }
            case ASSERTED -> { }
        }
        return t;
    }
}
