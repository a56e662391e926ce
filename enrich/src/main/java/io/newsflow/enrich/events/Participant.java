package io.newsflow.enrich.events;

import io.newsflow.enrich.actors.ActorEntry;

/**
 * An actor mention as a possible source, target or location of an event in one sentence.
 *
 * @param actor      the actor
 * @param firstToken first token of the mention (including an absorbed demonym or role phrase)
 * @param lastToken  last token (inclusive)
 * @param sector     sector from the words that follow ("Israeli soldiers" → MIL), else the actor's own
 * @param possessor  it owns a following plain noun ("Putin's regards"): not an actor of the event, except as the agent of
 *                   a nominal trigger ("Azerbaijan's takeover")
 * @param locative   it follows "in", "at" or "near": where, not who (a target only as a last resort)
 * @param ownsNoun   a country in the genitive after a sector noun that leads the mention ("МИД России", "армия
 *                   Азербайджана"): the noun is the phrase's head, so its case, not the country's, tells its role
 * @param ownsTitle  a person's possessive before a title the next person holds ("Zelensky's chief of staff Andriy
 *                   Yermak"): a possessor that is never a side, not even of a reaction
 */
record Participant(ActorEntry actor, int firstToken, int lastToken, String sector, boolean possessor, boolean locative,
                   boolean ownsNoun, boolean ownsTitle) {
    Participant(ActorEntry actor, int firstToken, int lastToken, String sector, boolean possessor, boolean locative) {
        this(actor, firstToken, lastToken, sector, possessor, locative, false, false);
    }

    Participant(ActorEntry actor, int firstToken, int lastToken, String sector, boolean possessor, boolean locative,
                boolean ownsNoun) {
        this(actor, firstToken, lastToken, sector, possessor, locative, ownsNoun, false);
    }
}
