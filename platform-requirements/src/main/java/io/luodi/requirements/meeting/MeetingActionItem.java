package io.luodi.requirements.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** Something someone agreed to do after the meeting, by a day. */
@Entity
@Table(name = "meeting_action_item")
class MeetingActionItem implements MeetingPart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    private int position;

    private String text;

    private String owner;

    private LocalDate dueOn;

    private boolean done;

    protected MeetingActionItem() {
    }

    MeetingActionItem(Meeting meeting, int position, String text, String owner, LocalDate dueOn, boolean done) {
        this.meeting = meeting;
        this.position = position;
        change(text, owner, dueOn, done);
    }

    void change(String text, String owner, LocalDate dueOn, boolean done) {
        this.text = text;
        this.owner = owner;
        this.dueOn = dueOn;
        this.done = done;
    }

    void markDone(boolean done) {
        this.done = done;
    }

    /** Open past its due day. */
    boolean isOverdue(LocalDate today) {
        return !done && dueOn != null && dueOn.isBefore(today);
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

    String getOwner() {
        return owner;
    }

    LocalDate getDueOn() {
        return dueOn;
    }

    boolean isDone() {
        return done;
    }
}
