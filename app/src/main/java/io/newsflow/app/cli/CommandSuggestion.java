package io.newsflow.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

/**
 * Answers a misspelt or unknown command with the nearest real one: a command the word starts (or is started by), else
 * one within {@link #MAX_DISTANCE} edits (Levenshtein), else none, and then the list of commands. Picocli's own
 * suggestions can name unrelated commands, which sends a new user the wrong way.
 */
public final class CommandSuggestion {
    /** The largest number of edits (insert, delete, replace) from a typed word to the command suggested for it. */
    static final int MAX_DISTANCE = 2;
    /** Exit code of a usage error, as picocli's default handler. */
    static final int USAGE_ERROR = 2;
    /** Commands of the launcher in a checkout, not of this jar (the dev stack is not on its classpath). */
    static final Set<String> LAUNCHER_COMMANDS = Set.of("demo", "devstack", "test");

    private CommandSuggestion() {}

    /** Picocli parameter-exception handler: prints the error, a suggestion when there is one, and where help is. */
    public static int handle(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        Set<String> commands = cmd.getSubcommands().keySet();
        if (e instanceof UnmatchedArgumentException u && !commands.isEmpty() && !u.getUnmatched().isEmpty()
                && !u.getUnmatched().getFirst().startsWith("-")) {
            String typed = u.getUnmatched().getFirst();
            if (LAUNCHER_COMMANDS.contains(typed)) {
                err.println("'" + typed + "' is run by the launcher in a checkout: ./newsflow " + typed);
                return USAGE_ERROR;
            }
            err.println("Unknown command '" + typed + "'.");
            nearest(typed, commands).ifPresent(s -> err.println("Did you mean '" + s + "'?"));
            err.println("Commands: " + String.join(", ", commands) + ". See '" + cmd.getCommandName() + " --help'.");
        } else {
            err.println(e.getMessage());
            err.println("See '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
        }
        return USAGE_ERROR;
    }

    /** The command nearest to {@code typed}, if one is near enough to be what was meant. */
    public static Optional<String> nearest(String typed, Set<String> commands) {
        String word = typed.toLowerCase(java.util.Locale.ROOT);
        Optional<String> prefix = commands.stream()
                .filter(c -> word.length() >= 2 && (c.startsWith(word) || word.startsWith(c)))
                .min(Comparator.comparingInt(c -> Math.abs(c.length() - word.length())));
        if (prefix.isPresent()) return prefix;
        return commands.stream()
                .filter(c -> distance(word, c) <= MAX_DISTANCE)
                .min(Comparator.comparingInt(c -> distance(word, c)));
    }

    /** Levenshtein distance: the fewest single-character inserts, deletes and replacements from {@code a} to {@code b}. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int replace = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
