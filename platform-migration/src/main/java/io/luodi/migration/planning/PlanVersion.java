package io.luodi.migration.planning;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One saved version of a plan: its whole content as JSON, never changed once written. */
@Entity
@Table(name = "migration_plan_version")
class PlanVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long planId;

    private int number;

    private String content;

    private String note;

    private String savedBy;

    private Instant savedAt;

    protected PlanVersion() {
    }

    PlanVersion(long planId, int number, String content, String note, String savedBy, Instant savedAt) {
        this.planId = planId;
        this.number = number;
        this.content = content;
        this.note = note == null || note.length() <= 500 ? note : note.substring(0, 500);
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    int getNumber() {
        return number;
    }

    String getContent() {
        return content;
    }

    PlanVersionView view() {
        return new PlanVersionView(number, note, savedBy, savedAt);
    }
}
