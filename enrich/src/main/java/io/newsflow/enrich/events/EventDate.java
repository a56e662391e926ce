package io.newsflow.enrich.events;

import io.newsflow.schemas.DatePrecision;

import java.time.LocalDate;

/** When an event happened, as precisely as the text says: MONTH dates are the 1st, YEAR dates 1 January. */
public record EventDate(LocalDate date, DatePrecision precision) {
    public static final EventDate UNKNOWN = new EventDate(null, DatePrecision.UNKNOWN);
}
