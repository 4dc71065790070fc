package io.luodi.support.ticket;

/**
 * How badly a problem hurts the customer's business. Each level's definition is shown wherever a severity is
 * chosen (message keys {@code ticket.severity.Pn.definition}), so customers pick the same level support would.
 */
public enum Severity {
    /** The system is down or a core business process has stopped, with no workaround. */
    P1,
    /** A major function is impaired for many users; a workaround exists. */
    P2,
    /** Part of a function misbehaves for some users. */
    P3,
    /** A question, a cosmetic or usability issue. */
    P4
}
