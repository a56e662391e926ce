package io.newsflow.app.compose;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Dockerfile's instructions per stage, for tests: continuation lines joined, comments dropped. Each stage is its
 * {@code FROM} image, its alias (or null) and its instructions ({@code "USER 10001"}, ...).
 */
record Dockerfile(List<Stage> stages) {
    record Stage(String image, String alias, List<String> instructions) {
        /** The last instruction of {@code keyword}'s arguments, or null. */
        String last(String keyword) {
            String found = null;
            for (String i : instructions) {
                if (i.regionMatches(true, 0, keyword + " ", 0, keyword.length() + 1)) found = i.substring(keyword.length() + 1).strip();
            }
            return found;
        }
    }

    static Dockerfile read(Path file) throws IOException {
        List<String> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : Files.readAllLines(file)) {
            String l = line.strip();
            if (current.isEmpty() && (l.isEmpty() || l.startsWith("#"))) continue;
            if (l.endsWith("\\")) {
                current.append(l, 0, l.length() - 1).append(' ');
                continue;
            }
            instructions.add(current.append(l).toString().replaceAll("\\s+", " "));
            current.setLength(0);
        }
        List<Stage> stages = new ArrayList<>();
        for (String i : instructions) {
            if (i.regionMatches(true, 0, "FROM ", 0, 5)) {
                String[] words = i.split(" ");
                String image = words[words.length > 2 && words[words.length - 2].equalsIgnoreCase("AS") ? words.length - 3 : words.length - 1];
                String alias = words.length > 2 && words[words.length - 2].equalsIgnoreCase("AS") ? words[words.length - 1] : null;
                stages.add(new Stage(image, alias, new ArrayList<>()));
            } else if (!stages.isEmpty()) {
                stages.getLast().instructions().add(i);
            }
        }
        return new Dockerfile(stages);
    }

    Stage runtime() {
        return stages.getLast();
    }
}
