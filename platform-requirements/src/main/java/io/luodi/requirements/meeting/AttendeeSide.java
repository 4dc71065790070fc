package io.luodi.requirements.meeting;

/** Which party an attendee speaks for. */
public enum AttendeeSide {
    IMPLEMENTER, CUSTOMER, THIRD_PARTY
}
