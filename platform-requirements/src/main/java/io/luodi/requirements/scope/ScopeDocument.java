package io.luodi.requirements.scope;

import io.luodi.core.export.DocumentWriter;
import io.luodi.core.export.DocumentWriter.Fact;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The scope statement as a Word document for signing on paper or filing: cover, document control, numbered
 * sections with the requirement tables, and the sign-off table (blank lines on a draft, the signatures on a
 * signed baseline).
 */
final class ScopeDocument {

    private static final List<Integer> REQUIREMENT_WIDTHS = List.of(15, 33, 14, 11, 27);

    /**
     * What the document shows.
     *
     * @param version   "v2", or null for the current draft
     * @param baseline  the baseline written, or null for the draft
     * @param history   every baseline of the project up to the one written, for the document control table
     */
    record Content(String projectCode, String projectName, String customerName, String version,
                   BaselineSummary baseline, LocalDate date, ScopeSections sections, List<ScopeItem> inScope,
                   List<ScopeItem> outOfScope, List<BaselineSummary> history) {
    }

    private final ScopeLabels labels;
    private final ZoneId zone;

    private ScopeDocument(ScopeLabels labels, ZoneId zone) {
        this.labels = labels;
        this.zone = zone;
    }

    static byte[] write(Content content, ScopeLabels labels, ZoneId zone) {
        return new ScopeDocument(labels, zone).document(content);
    }

    private byte[] document(Content content) {
        String version = content.version() != null ? content.version() : labels.get("scope.doc.draft");
        String status = content.baseline() != null
                ? labels.get("scope.baseline.status." + content.baseline().status())
                : labels.get("scope.doc.draft");
        DocumentWriter writer = DocumentWriter.a4().cover(labels.get("scope.doc.title"), content.projectName(),
                List.of(new Fact(labels.get("scope.doc.project"), content.projectCode() + " " + content.projectName()),
                        new Fact(labels.get("scope.doc.customer"), content.customerName()),
                        new Fact(labels.get("scope.doc.version"), version),
                        new Fact(labels.get("scope.doc.status"), status),
                        new Fact(labels.get("scope.doc.date"), content.date().toString())));
        writer.text(labels.get("scope.doc.control"));
        if (content.history().isEmpty()) {
            writer.note(labels.get("scope.doc.control.none"));
        } else {
            writer.table(List.of(labels.get("scope.doc.version"), labels.get("scope.doc.date"),
                            labels.get("scope.doc.status"), labels.get("scope.side.IMPLEMENTER"),
                            labels.get("scope.side.CUSTOMER")), List.of(12, 18, 18, 26, 26),
                    content.history().stream().sorted(Comparator.comparingInt(BaselineSummary::number))
                            .map(this::controlRow).toList());
        }
        writer.pageBreak();

        ScopeSections sections = content.sections();
        section(writer, ScopeSection.OBJECTIVES, sections);
        writer.heading(1, labels.get("scope.doc.inScope"));
        requirements(writer, content.inScope());
        writer.heading(1, labels.get("scope.doc.outOfScope"));
        requirements(writer, content.outOfScope());
        for (ScopeSection section : List.of(ScopeSection.DELIVERABLES, ScopeSection.MILESTONES,
                ScopeSection.ASSUMPTIONS, ScopeSection.CONSTRAINTS, ScopeSection.RISKS,
                ScopeSection.ACCEPTANCE_CRITERIA)) {
            section(writer, section, sections);
        }
        writer.heading(1, labels.get("scope.doc.signOff"));
        BaselineSummary baseline = content.baseline();
        List<List<String>> signOff = new ArrayList<>();
        for (SignatureSide side : SignatureSide.values()) {
            Signer signer = baseline == null ? null : baseline.signature(side);
            signOff.add(List.of(labels.get("scope.side." + side), signer == null ? "" : signer.name(),
                    signer == null ? "" : day(signer.at())));
        }
        writer.table(List.of(labels.get("scope.doc.side"), labels.get("scope.doc.signer"),
                labels.get("scope.doc.signedOn")), List.of(30, 40, 30), signOff);
        return writer.toBytes();
    }

    private void section(DocumentWriter writer, ScopeSection section, ScopeSections sections) {
        writer.heading(1, labels.get(section.labelKey()));
        String text = section.in(sections);
        if (text == null) {
            writer.note(labels.get("scope.doc.empty"));
        } else {
            writer.text(text);
        }
    }

    private void requirements(DocumentWriter writer, List<ScopeItem> items) {
        if (items.isEmpty()) {
            writer.note(labels.get("scope.doc.noRequirements"));
            return;
        }
        writer.table(List.of(labels.get("scope.field.KEY"), labels.get("scope.field.TITLE"),
                        labels.get("scope.field.CATEGORY"), labels.get("scope.field.PRIORITY"),
                        labels.get("scope.field.ACCEPTANCE_CRITERIA")), REQUIREMENT_WIDTHS,
                items.stream().map(i -> List.of(i.key(),
                        i.description() == null ? i.title() : i.title() + "\n" + i.description(),
                        i.category() == null ? "" : i.category(),
                        labels.get("scope.priority." + i.priority()),
                        i.acceptanceCriteria() == null ? "" : i.acceptanceCriteria())).toList());
    }

    private List<String> controlRow(BaselineSummary baseline) {
        return List.of(baseline.label(),
                day(baseline.signedAt() != null ? baseline.signedAt() : baseline.createdAt()),
                labels.get("scope.baseline.status." + baseline.status()),
                signed(baseline.implementer()), signed(baseline.customer()));
    }

    private String signed(Signer signer) {
        return signer == null ? "" : signer.name() + " " + day(signer.at());
    }

    private String day(Instant instant) {
        return LocalDate.ofInstant(instant, zone).toString();
    }
}
