package io.newsflow.enrich.events;

/**
 * "The three presidents agreed …", "urged both countries to …", "обе страны", "երկու երկրները": a count word and a
 * plural noun for states or their leaders, officials or delegations ({@code function-words.yaml}: counts, counted) refer
 * back to as many states named before them in the article, the ones named last. The event has one source and one target,
 * so a group gives its latest state as one side and, as a subject of a two-sided act, the one before it as the other.
 * <p>
 * A count refers back only where the text treats the group as known: after "the", "all" or as "both" in English ("two
 * women", "three countries abstained" introduce new ones); Russian and Armenian have no article and are taken as written.
 * Between the count and its noun stand at most {@link #MODIFIERS} words in English (adjectives, nouns, names, the parts
 * of a hyphenated modifier: "the two nuclear-armed neighbours", "the two foreign ministers") and one word in Russian and
 * Armenian ("двух соседних стран"), no punctuation. Stateless.
 */
final class CountedGroups {
    /** A counted noun at token {@code noun} whose count word is at {@code count}, counting {@code size} states. */
    record Group(int count, int noun, int size) {}

    /** Words that may stand between a count and its noun in English ("the two foreign ministers"). */
    static final int MODIFIERS = 3;

    private CountedGroups() {}

    /** The first counted group whose count word lies in tokens {@code from}..{@code to} (inclusive), or null. */
    static Group find(SentenceStructure st, int from, int to) {
        FunctionWords words = st.words();
        if (words.counts().isEmpty()) return null;
        for (int i = Math.max(from, st.first()); i <= Math.min(to, st.last()); i++) {
            Integer size = words.counts().get(st.lower(i));
            if (size == null || !known(st, i)) continue;
            int reach = Math.min(st.last(), i + 1 + (st.tagged() ? MODIFIERS : 1));
            for (int noun = i + 1; noun <= reach; noun++) {
                if (!st.gap(noun).isBlank() && !st.gap(noun).equals("-")) break; // "two, three countries": punctuation ends it
                if (words.isCounted(st.lower(noun))) return new Group(i, noun, size);
                if (!modifier(st, noun)) break;
            }
        }
        return null;
    }

    /**
     * Whether {@code tokens} hold a count word with a counted noun within {@link #MODIFIERS} words after it (a cheap
     * check before a sentence's structure is read: a sentence naming no actor may still name a counted group).
     */
    static boolean named(java.util.List<io.newsflow.enrich.text.Token> tokens, FunctionWords words) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!words.counts().containsKey(tokens.get(i).lower())) continue;
            for (int j = i + 1; j <= Math.min(tokens.size() - 1, i + 1 + MODIFIERS); j++) if (words.isCounted(tokens.get(j).lower())) return true;
        }
        return false;
    }

    /** Whether the count at {@code i} refers to a group the text has named: "both", "the two", "all three" in English. */
    private static boolean known(SentenceStructure st, int i) {
        if (!st.tagged() || st.lower(i).equals("both")) return true;
        return i > st.first() && (st.lower(i - 1).equals("the") || st.lower(i - 1).equals("all"));
    }

    private static boolean modifier(SentenceStructure st, int i) {
        String word = st.lower(i);
        if (word.isEmpty() || !Character.isLetter(word.charAt(0))) return false;
        if (!st.tagged()) return true;
        String tag = st.tag(i);
        return tag.equals("ADJ") || tag.equals("PROPN") || tag.equals("NOUN") || st.gap(i).equals("-") || i < st.last() && st.gap(i + 1).equals("-");
    }
}
