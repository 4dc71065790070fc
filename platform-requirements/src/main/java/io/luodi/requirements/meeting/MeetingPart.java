package io.luodi.requirements.meeting;

/** An attendee, decision or action item: a row of a meeting with an id and a position in its list. */
interface MeetingPart {

    Long getId();

    int getPosition();
}
