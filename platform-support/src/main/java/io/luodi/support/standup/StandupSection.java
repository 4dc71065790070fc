package io.luodi.support.standup;

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
import jakarta.persistence.Version;

/** One free-text section of a stand-up, versioned on its own so that saving one never clashes with another. */
@Entity
@Table(name = "standup_section")
class StandupSection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "standup_id")
    private Standup standup;

    @Enumerated(EnumType.STRING)
    private SectionKind kind;

    private String text;

    @Version
    private long version;

    protected StandupSection() {
    }

    StandupSection(Standup standup, SectionKind kind) {
        this.standup = standup;
        this.kind = kind;
    }

    void write(String text) {
        this.text = text;
    }

    SectionKind getKind() {
        return kind;
    }

    String getText() {
        return text;
    }

    long getVersion() {
        return version;
    }
}
