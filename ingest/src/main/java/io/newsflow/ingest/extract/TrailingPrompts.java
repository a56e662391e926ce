package io.newsflow.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops the labels of sections appended under or boxed inside the story (related stories, tags, comments), and the
 * calls to action and credit lines that pages append to a story inside its own container, so that no container
 * boundary separates them from the last paragraph: "Got a story? Get in touch", "Follow us on Twitter",
 * "Sign up for our newsletter", "For more stories like this, ...", "Reporting by ...; Editing by ...", "— Additional
 * reporting by ...", "... contributed to this report.", "Copyright © ...". Only a run of
 * such paragraphs at the very end is dropped, and only paragraphs shorter than {@value #MAX_PROMPT_CHARS}
 * characters: the same words inside the story (a report about a newsletter) stay. The phrases are English, German
 * and a few other common ones; they are wording, never a host name.
 */
final class TrailingPrompts {
    /** A paragraph at least this long (characters) is prose, never a prompt. */
    static final int MAX_PROMPT_CHARS = 300;
    private static final Pattern PROMPT = Pattern.compile("(?iu)"
            + "\\bsign(?:ing)? up\\b|\\bnewsletters?\\b|\\bsubscribe (?:to|now|here)\\b|\\bget in touch\\b|\\bgot a story\\b"
            + "|\\bhave a (?:story|tip)\\b|\\bfollow (?:us|[\\w.]+) on\\b|\\bfor more stories like this\\b|\\bbookmark\\b"
            + "|\\bpreferred source\\b|\\bdownload (?:our|the) app\\b|\\bclick here\\b|\\bjoin us on\\b"
            + "|^[-–—\\s]*(?:reporting|editing|writing|additional reporting) by\\b|\\bcontributed (?:to )?this (?:report|story)\\b"
            + "|^(?:copyright\\b|©)|^(?:read more|related|see also|also read)\\b\\s*:"
            + "|\\bfolgen sie uns\\b|\\bnewsletter abonnieren\\b");

    /** A section label is at most this long (characters). */
    static final int MAX_LABEL_CHARS = 80;
    /**
     * Labels of what pages append to a story (related and further reading, next stories, comments, tags), in the
     * languages of the news the project reads: the whole label, optionally with a colon or a count.
     */
    private static final List<String> SECTION_LABELS = List.of(
            // English
            "related(?: posts| articles| stories| content| news| coverage| topics)?", "more (?:stories|news|articles|on|from|about|in)\\b.*",
            "read (?:more|next|also)", "see also", "also read", "you (?:may|might) also like.*", "recommended(?: for you| stories| articles)?",
            "most (?:read|popular|viewed)", "latest (?:news|stories)", "comments?(?: are (?:closed|disabled))?", "leave a (?:comment|reply)", "tags", "topics",
            // German
            "ähnliche (?:beiträge|artikel|themen)", "mehr (?:zum thema|zu[mr]?|aus|von|news|artikel|nachrichten)\\b.*",
            "weitere (?:artikel|beiträge|nachrichten|themen|meldungen)\\b.*", "lesen sie (?:auch|mehr)\\b.*",
            "das könnte sie (?:auch )?interessieren", "auch interessant", "kommentare?(?: geschlossen)?",
            "(?:die )?kommentarfunktion (?:ist )?(?:geschlossen|deaktiviert)", "schlagwörter\\b.*", "zum thema",
            // French, Spanish, Italian
            "(?:à )?lire aussi", "sur le même sujet", "articles? (?:similaires|liés)", "plus d'articles\\b.*", "voir aussi",
            "(?:les )?commentaires?(?: sont)?(?: fermés)?",
            "(?:también )?te puede interesar", "noticias relacionadas", "lee también", "más noticias\\b.*", "comentarios?",
            "leggi anche", "potrebbe interessarti", "articoli correlati", "commenti",
            // Russian
            "читайте (?:также|тоже|ещё|еще)", "смотрите также", "по теме", "похожие (?:статьи|новости|материалы|публикации)",
            "другие (?:новости|статьи|материалы)\\b.*", "комментари(?:и|ев)(?: закрыты)?", "обсуждение",
            // Dutch, Nordic, Polish, Portuguese, Turkish
            "lees ook", "gerelateerde artikelen", "meer over\\b.*", "les også", "relaterte saker", "läs också", "læs også",
            "czytaj (?:też|także|więcej)", "leia (?:também|mais)", "veja também", "notícias relacionadas", "ilgili haberler");
    private static final Pattern SECTION_LABEL = Pattern.compile("(?iu)^(?:\\d+\\s+)?(?:" + String.join("|", SECTION_LABELS) + ")\\s*[:.]?$");
    /**
     * Labels of the next or previous story's teaser, which pages put under the story: such a label and the teaser after
     * it end the text when at most {@value #MAX_TEASER_CHARS} characters follow it.
     */
    private static final Pattern NEXT_STORY_LABEL = Pattern.compile("(?iu)^(?:(?:next|previous) (?:article|story|post)|up next"
            + "|(?:nächste[rs]?|vorherige[rs]?) (?:artikel|beitrag|story)|(?:article|billet) (?:suivant|précédent)"
            + "|(?:следующая|предыдущая) (?:статья|новость|публикация)|(?:siguiente|anterior) (?:artículo|noticia)"
            + "|(?:articolo|post) (?:successivo|precedente))\\s*[:.»›>→]?$");
    /** A next or previous story's teaser holds at most this many characters (its headline and summary). */
    static final int MAX_TEASER_CHARS = 600;

    private TrailingPrompts() {}

    /**
     * The paragraphs without the labels of sections appended to or boxed inside the story ("Related posts", "Mehr zum
     * Thema", "12 Kommentare", "Lire aussi": the whole paragraph is the label; the first paragraph never is), then
     * without a trailing next or previous story's teaser ("Next article" and a short teaser after it), then without the
     * run of prompts at the end. The list itself if there is nothing to drop. What such a label announced
     * is not cut on the label's word: the story often goes on under a boxed "Read more".
     */
    static List<String> trim(List<String> paragraphs) {
        List<String> kept = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            if (i > 0 && p.length() <= MAX_LABEL_CHARS && SECTION_LABEL.matcher(p).matches()) {
                continue; // a section's label: its box of links was removed, or it ends the text
            }
            kept.add(p);
        }
        paragraphs = kept.size() == paragraphs.size() ? paragraphs : kept;
        int end = nextStoryTeaser(paragraphs);
        while (end > 1 && isPrompt(paragraphs.get(end - 1))) end--;
        return paragraphs.subList(0, end);
    }

    /** Where a trailing next or previous story's teaser starts (its label), or the number of paragraphs when there is none. */
    private static int nextStoryTeaser(List<String> paragraphs) {
        int after = 0;
        for (int i = paragraphs.size() - 1; i > 0 && after <= MAX_TEASER_CHARS; i--) {
            String p = paragraphs.get(i);
            if (p.length() <= MAX_LABEL_CHARS && NEXT_STORY_LABEL.matcher(p).matches()) return i;
            after += p.length();
        }
        return paragraphs.size();
    }

    /** A short paragraph that asks the reader to do something or credits the desk, rather than telling the story. */
    static boolean isPrompt(String paragraph) {
        return paragraph.length() < MAX_PROMPT_CHARS && PROMPT.matcher(paragraph).find();
    }
}
