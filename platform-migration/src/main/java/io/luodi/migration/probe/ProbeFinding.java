package io.luodi.migration.probe;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A finding of a run, as stored. */
@Entity
@Table(name = "probe_finding")
class ProbeFinding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long runId;

    private String itemKey;

    @Enumerated(EnumType.STRING)
    private Verdict verdict;

    private String observed;

    private String expected;

    protected ProbeFinding() {
    }

    ProbeFinding(long runId, Finding finding) {
        this.runId = runId;
        this.itemKey = finding.key();
        this.verdict = finding.verdict();
        this.observed = cut(finding.observed());
        this.expected = finding.expected() == null ? null : cut(finding.expected());
    }

    private static String cut(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }

    Finding view() {
        return new Finding(itemKey, verdict, observed, expected);
    }
}
