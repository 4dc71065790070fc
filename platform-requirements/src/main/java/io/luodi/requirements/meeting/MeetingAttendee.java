package io.luodi.requirements.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Someone at the meeting, named as the minutes name them; a Luodi user when one is linked. */
@Entity
@Table(name = "meeting_attendee")
class MeetingAttendee implements MeetingPart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    private int position;

    @Enumerated(EnumType.STRING)
    private AttendeeSide side;

    private String name;

    private String role;

    private Long userId;

    protected MeetingAttendee() {
    }

    MeetingAttendee(Meeting meeting, int position, AttendeeSide side, String name, String role, Long userId) {
        this.meeting = meeting;
        this.position = position;
        change(side, name, role, userId);
    }

    void change(AttendeeSide side, String name, String role, Long userId) {
        this.side = side;
        this.name = name;
        this.role = role;
        this.userId = userId;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public int getPosition() {
        return position;
    }

    AttendeeSide getSide() {
        return side;
    }

    String getName() {
        return name;
    }

    String getRole() {
        return role;
    }

    Long getUserId() {
        return userId;
    }
}
