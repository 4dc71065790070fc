package io.luodi.support.report;

/** How long an open ticket has been open: under a day, 1–3 days, 3–7, 7–14, and over 14 days (lower bound included). */
public enum AgeBucket {
    UNDER_1_DAY, DAYS_1_TO_3, DAYS_3_TO_7, DAYS_7_TO_14, OVER_14_DAYS
}
