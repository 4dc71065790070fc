package io.luodi.support.revisit;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** Something someone agreed to do after a revisit, by a day. */
@Entity
@Table(name = "revisit_follow_up")
class RevisitFollowUp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "occurrence_id")
    private RevisitOccurrence occurrence;

    private int position;

    private String text;

    private String owner;

    private LocalDate dueOn;

    private boolean done;

    protected RevisitFollowUp() {
    }

    RevisitFollowUp(RevisitOccurrence occurrence, int position, String text, String owner, LocalDate dueOn) {
        this.occurrence = occurrence;
        this.position = position;
        this.text = text;
        this.owner = owner;
        this.dueOn = dueOn;
    }

    void markDone(boolean done) {
        this.done = done;
    }

    boolean isOverdue(LocalDate today) {
        return !done && dueOn != null && dueOn.isBefore(today);
    }

    Long getId() {
        return id;
    }

    int getPosition() {
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
