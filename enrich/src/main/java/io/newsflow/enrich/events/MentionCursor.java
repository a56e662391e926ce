package io.newsflow.enrich.events;

import io.newsflow.enrich.actors.ActorEntry;
import io.newsflow.enrich.actors.ActorMention;
import io.newsflow.enrich.text.Sentence;

import java.util.List;

/**
 * Walks an article's actor mentions (in text order) alongside its sentences, so each sentence gets its own mentions and
 * the last intergovernmental organisation named before it without rescanning the article: one pass in all.
 */
final class MentionCursor {
    private final List<ActorMention> mentions;
    private int passed;
    private int next;
    private ActorEntry lastOrganisation;

    MentionCursor(List<ActorMention> mentions) {
        this.mentions = mentions;
    }

    /** The mentions within {@code sentence} (a superset where one straddles two sentences); sentences in text order. */
    List<ActorMention> advanceTo(Sentence sentence) {
        while (next < mentions.size() && mentions.get(next).lastToken() < sentence.firstToken()) next++;
        for (; passed < next; passed++) { // everything before this sentence has been named
            ActorEntry a = mentions.get(passed).actor();
            if (a.kind().equals("organisation") && "IGO".equals(a.country())) lastOrganisation = a;
        }
        int from = next;
        while (next < mentions.size() && mentions.get(next).firstToken() <= sentence.lastToken()) next++;
        return mentions.subList(from, next);
    }

    /** The intergovernmental organisation named last before the current sentence ("… will leave the organisation"), or null. */
    ActorEntry lastOrganisationBefore() {
        return lastOrganisation;
    }
}
