package io.newsflow.enrich.actors;

/**
 * One place in the text that names an actor.
 *
 * @param actor      the actor
 * @param firstToken index of the first token of the mention
 * @param lastToken  index of the last token (inclusive)
 * @param start      character offset of the mention
 * @param end        character offset after it
 * @param surface    the text as written
 * @param role       for a role phrase ("Armenia's President"), the role label; else null
 */
public record ActorMention(ActorEntry actor, int firstToken, int lastToken, int start, int end, String surface, String role) {
    public boolean overlaps(ActorMention other) {
        return firstToken <= other.lastToken && other.firstToken <= lastToken;
    }
}
