package io.luodi.requirements.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Something the meeting decided. Requirements trace back to it by its id, which therefore never changes. */
@Entity
@Table(name = "meeting_decision")
class MeetingDecision implements MeetingPart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    private int position;

    private String text;

    protected MeetingDecision() {
    }

    MeetingDecision(Meeting meeting, int position, String text) {
        this.meeting = meeting;
        this.position = position;
        this.text = text;
    }

    void change(String text) {
        this.text = text;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public int getPosition() {
        return position;
    }

    String getText() {
        return text;
    }
}
