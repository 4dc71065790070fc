package io.luodi.support.report;

import io.luodi.support.ticket.Severity;

/** How many tickets of a severity have been open for an age bucket's time. */
public record OpenAge(Severity severity, AgeBucket bucket, long tickets) {
}
