package io.luodi.support.standup;

import io.luodi.core.organisation.OrganisationKind;
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

/** A project member as the stand-up was opened, ticked when present. The name is kept as it was that day. */
@Entity
@Table(name = "standup_attendee")
class StandupAttendee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "standup_id")
    private Standup standup;

    private long userId;

    private String name;

    @Enumerated(EnumType.STRING)
    private OrganisationKind side;

    private boolean present;

    protected StandupAttendee() {
    }

    StandupAttendee(Standup standup, long userId, String name, OrganisationKind side, boolean present) {
        this.standup = standup;
        this.userId = userId;
        this.name = name;
        this.side = side;
        this.present = present;
    }

    void tick(boolean present) {
        this.present = present;
    }

    Long getId() {
        return id;
    }

    long getUserId() {
        return userId;
    }

    String getName() {
        return name;
    }

    OrganisationKind getSide() {
        return side;
    }

    boolean isPresent() {
        return present;
    }
}
