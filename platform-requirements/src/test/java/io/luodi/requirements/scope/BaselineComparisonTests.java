package io.luodi.requirements.scope;

import io.luodi.requirements.requirement.Priority;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class BaselineComparisonTests {

    private static final ScopeItem APPROVAL = item(1, "移动端审批", Priority.MUST, true, "手机可审批");
    private static final ScopeItem INVOICE = item(2, "电子发票查验", Priority.SHOULD, true, "自动查验真伪");
    private static final ScopeItem BUDGET = item(3, "预算控制", Priority.COULD, false, null);
    private static final ScopeSections STATEMENT = new ScopeSections("上线报销系统", "用户手册", "6 月 30 日上线",
            null, null, null, null);

    @Test
    void identicalSnapshotsHaveNoDifferences() {
        BaselineSnapshot v1 = new BaselineSnapshot(1, STATEMENT, List.of(APPROVAL, INVOICE, BUDGET));

        ScopeComparison comparison = BaselineComparison.compare(v1, new BaselineSnapshot(2, STATEMENT,
                List.of(BUDGET, INVOICE, APPROVAL)));

        assertThat(comparison.isEmpty()).isTrue();
        assertThat(comparison.fromNumber()).isEqualTo(1);
        assertThat(comparison.toNumber()).isEqualTo(2);
    }

    @Test
    void aNewRequirementAndOneBroughtIntoScopeAreAdded() {
        ScopeItem ocr = item(4, "发票 OCR", Priority.SHOULD, true, null);
        ScopeItem budgetIn = item(3, "预算控制", Priority.COULD, true, null);

        ScopeComparison comparison = BaselineComparison.compare(
                new BaselineSnapshot(1, STATEMENT, List.of(APPROVAL, BUDGET)),
                new BaselineSnapshot(2, STATEMENT, List.of(ocr, APPROVAL, budgetIn)));

        assertThat(comparison.added()).extracting(ScopeItem::key).containsExactly("REQ-003", "REQ-004");
        assertThat(comparison.removed()).isEmpty();
        assertThat(comparison.changed()).isEmpty();
    }

    @Test
    void aRequirementTakenOutOfScopeOrDroppedIsRemoved() {
        ScopeItem invoiceOut = item(2, "电子发票查验", Priority.SHOULD, false, "自动查验真伪");

        ScopeComparison comparison = BaselineComparison.compare(
                new BaselineSnapshot(1, STATEMENT, List.of(APPROVAL, INVOICE)),
                new BaselineSnapshot(2, STATEMENT, List.of(invoiceOut)));

        assertThat(comparison.removed()).extracting(ScopeItem::key).containsExactly("REQ-001", "REQ-002");
        assertThat(comparison.added()).isEmpty();
    }

    @Test
    void changesAreReportedFieldByFieldWithTheWordsThatChanged() {
        ScopeItem changed = new ScopeItem(1, 1, "移动端审批", "出差领导用手机审批", null, Priority.SHOULD, true,
                "钉钉可审批");

        ScopeComparison comparison = BaselineComparison.compare(
                new BaselineSnapshot(1, STATEMENT, List.of(APPROVAL)),
                new BaselineSnapshot(2, STATEMENT, List.of(changed)));

        assertThat(comparison.changed()).singleElement().satisfies(c -> {
            assertThat(c.before()).isEqualTo(APPROVAL);
            assertThat(c.after()).isEqualTo(changed);
            assertThat(c.fields()).extracting(ScopeComparison.FieldChange::field, ScopeComparison.FieldChange::before,
                            ScopeComparison.FieldChange::after)
                    .containsExactly(
                            tuple(ItemField.DESCRIPTION, null, "出差领导用手机审批"),
                            tuple(ItemField.CATEGORY, "费用报销", null),
                            tuple(ItemField.PRIORITY, "MUST", "SHOULD"),
                            tuple(ItemField.ACCEPTANCE_CRITERIA, "手机可审批", "钉钉可审批"));
            assertThat(c.fields().get(3).diff()).extracting(TextDiff.Segment::kind, TextDiff.Segment::text)
                    .containsExactly(tuple(TextDiff.Kind.REMOVED, "手机"), tuple(TextDiff.Kind.ADDED, "钉钉"),
                            tuple(TextDiff.Kind.SAME, "可审批"));
        });
    }

    @Test
    void requirementsOutOfScopeOnBothSidesAreNotReported() {
        ScopeItem budgetEdited = item(3, "预算控制（年度）", Priority.MUST, false, null);

        ScopeComparison comparison = BaselineComparison.compare(
                new BaselineSnapshot(1, STATEMENT, List.of(BUDGET)),
                new BaselineSnapshot(2, STATEMENT, List.of(budgetEdited)));

        assertThat(comparison.isEmpty()).isTrue();
    }

    @Test
    void rewrittenStatementSectionsAreListedInDocumentOrder() {
        ScopeSections later = STATEMENT.with(ScopeSection.RISKS, "接口延期").with(ScopeSection.MILESTONES,
                "7 月 15 日上线");

        ScopeComparison comparison = BaselineComparison.compare(new BaselineSnapshot(1, STATEMENT, List.of()),
                new BaselineSnapshot(2, later, List.of()));

        assertThat(comparison.sections()).extracting(ScopeComparison.SectionChange::section,
                        ScopeComparison.SectionChange::before, ScopeComparison.SectionChange::after)
                .containsExactly(tuple(ScopeSection.MILESTONES, "6 月 30 日上线", "7 月 15 日上线"),
                        tuple(ScopeSection.RISKS, null, "接口延期"));
    }

    @Test
    void comparingBackwardsSwapsAddedAndRemoved() {
        ScopeItem ocr = item(4, "发票 OCR", Priority.SHOULD, true, null);
        BaselineSnapshot v1 = new BaselineSnapshot(1, STATEMENT, List.of(APPROVAL));
        BaselineSnapshot v2 = new BaselineSnapshot(2, STATEMENT, List.of(APPROVAL, ocr));

        ScopeComparison backwards = BaselineComparison.compare(v2, v1);

        assertThat(backwards.removed()).containsExactly(ocr);
        assertThat(backwards.added()).isEmpty();
    }

    @Test
    void blankAndWindowsLineEndsAreNotChanges() {
        ScopeSections typed = new ScopeSections("上线报销系统  \r\n", "用户手册", "6 月 30 日上线", " ", null, null, null);

        assertThat(BaselineComparison.sectionChanges(STATEMENT, typed)).isEmpty();
    }

    private static ScopeItem item(int number, String title, Priority priority, boolean inScope, String criteria) {
        return new ScopeItem(number, number, title, null, "费用报销", priority, inScope, criteria);
    }
}
