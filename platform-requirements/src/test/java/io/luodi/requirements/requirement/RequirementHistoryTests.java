package io.luodi.requirements.requirement;

import io.luodi.core.testing.ProjectFixture;
import io.luodi.core.project.ProjectNumbers;
import io.luodi.requirements.numbering.RequirementCounters;
import io.luodi.testsupport.WithPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@SpringBootTest
@WithPostgres
class RequirementHistoryTests {

    private static final RequirementFields DRAFT = new RequirementFields(
            new RequirementContent("报销单据移动端审批", "领导出差时无法审批", "费用报销", Priority.MUST, "手机可审批"),
            RequirementStatus.PROPOSED, true, null);

    @Autowired
    ProjectFixture fixture;
    @Autowired
    ProjectNumbers numbers;
    @Autowired
    RequirementRepository requirements;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void keysCountUpPerProjectWithoutGaps() {
        long first = fixture.create().id();
        long second = fixture.create().id();

        List<Integer> handedOut = transaction.execute(status -> List.of(
                numbers.next(RequirementCounters.REQUIREMENT, first),
                numbers.next(RequirementCounters.REQUIREMENT, first),
                numbers.next(RequirementCounters.REQUIREMENT, second),
                numbers.next(RequirementCounters.CHANGE_REQUEST, first)));

        assertThat(handedOut).containsExactly(1, 2, 1, 1);
        assertThat(Requirement.key(7)).isEqualTo("REQ-007");
        assertThat(Requirement.key(1234)).isEqualTo("REQ-1234");
    }

    @Test
    void aRevisionRecordsEachChangedFieldWithItsOldAndNewValue() {
        long projectId = fixture.create().id();
        Instant created = Instant.parse("2026-03-01T02:00:00Z");
        Instant revised = Instant.parse("2026-03-02T02:00:00Z");
        long id = transaction.execute(status -> requirements.save(Requirement.create(projectId,
                numbers.next(RequirementCounters.REQUIREMENT, projectId), DRAFT, "wangfang", created)).getId());

        List<RequirementField> changed = transaction.execute(status -> requirements.findById(id).orElseThrow()
                .revise(DRAFT.withStatus(RequirementStatus.ACCEPTED).withScope(false), "zhoumin", "CR-001", revised));
        List<RequirementField> unchanged = transaction.execute(status -> requirements.findById(id).orElseThrow()
                .revise(DRAFT.withStatus(RequirementStatus.ACCEPTED).withScope(false), "zhoumin", null, revised));

        assertThat(changed).containsExactly(RequirementField.STATUS, RequirementField.IN_SCOPE);
        assertThat(unchanged).isEmpty();
        transaction.executeWithoutResult(status -> {
            Requirement requirement = requirements.findByIdAndProjectId(id, projectId).orElseThrow();
            assertThat(requirement.key()).isEqualTo("REQ-001");
            assertThat(requirement.getUpdatedAt()).isEqualTo(revised);
            assertThat(requirement.getChanges())
                    .extracting(RequirementChange::getField, RequirementChange::getOldValue,
                            RequirementChange::getNewValue, RequirementChange::getChangedBy, RequirementChange::getCause)
                    .containsExactly(
                            tuple(RequirementField.STATUS, "PROPOSED", "ACCEPTED", "zhoumin", "CR-001"),
                            tuple(RequirementField.IN_SCOPE, "true", "false", "zhoumin", "CR-001"));
        });
    }
}
