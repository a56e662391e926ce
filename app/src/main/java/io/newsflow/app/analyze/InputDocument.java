package io.newsflow.app.analyze;

import java.time.LocalDate;

/**
 * One document to analyse, as read from a text file, an HTML page or a JSON line.
 *
 * @param id        what the output calls it: the JSON line's {@code id}, else the input's name (with {@code :LINE} for
 *                  a JSON line without one)
 * @param text      the text to analyse
 * @param published the publication day (UTC), or null when not given
 * @param language  the language the input states, or null (the analyzer's guess is printed then)
 */
public record InputDocument(String id, String text, LocalDate published, String language) {}
