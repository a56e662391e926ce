package io.newsflow.enrich.actors;

import java.time.LocalDate;

/**
 * An office an actor held: {@code title} (a key of {@link RolePhrases}, e.g. {@code president}, {@code foreign minister})
 * of a country ({@code of}, ISO alpha-3) from {@code from} to {@code to} (inclusive; {@code null} = still in office).
 */
public record Role(String title, String of, LocalDate from, LocalDate to) {
    public Role {
        if (title == null || of == null) throw new IllegalArgumentException("a role needs a title and the country it is of");
    }

    public boolean heldOn(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    /** "President of Armenia" style label, with the country's display name. */
    public String label(String countryName) {
        StringBuilder sb = new StringBuilder();
        for (String word : title.split(" ")) sb.append(sb.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        return sb + " of " + countryName;
    }
}
