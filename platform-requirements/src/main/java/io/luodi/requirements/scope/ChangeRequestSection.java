package io.luodi.requirements.scope;

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
import org.hibernate.annotations.Immutable;

/** A statement section as a change request rewrites it. Written once. */
@Entity
@Immutable
@Table(name = "change_request_section")
class ChangeRequestSection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "change_request_id")
    private ChangeRequest changeRequest;

    @Enumerated(EnumType.STRING)
    private ScopeSection section;

    private String content;

    protected ChangeRequestSection() {
    }

    ChangeRequestSection(ChangeRequest changeRequest, ScopeSection section, String content) {
        this.changeRequest = changeRequest;
        this.section = section;
        this.content = ScopeSections.clean(content);
    }

    ScopeSection getSection() {
        return section;
    }

    String getContent() {
        return content;
    }
}
