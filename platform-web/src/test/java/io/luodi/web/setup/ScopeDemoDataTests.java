package io.luodi.web.setup;

import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.user.UserManagement;
import io.luodi.core.project.ProjectNumbers;
import io.luodi.requirements.numbering.RequirementCounters;
import io.luodi.requirements.requirement.Priority;
import io.luodi.requirements.requirement.Requirement;
import io.luodi.requirements.requirement.RequirementContent;
import io.luodi.requirements.requirement.RequirementFields;
import io.luodi.requirements.requirement.RequirementRepository;
import io.luodi.requirements.requirement.RequirementStatus;
import io.luodi.requirements.scope.BaselineStatus;
import io.luodi.requirements.scope.BaselineSummary;
import io.luodi.requirements.scope.ChangeRequestManagement;
import io.luodi.requirements.scope.ChangeRequestStatus;
import io.luodi.requirements.scope.ChangeRequestSummary;
import io.luodi.requirements.scope.ScopeManagement;
import io.luodi.web.DemoUsers;
import io.luodi.web.LuodiWebTest;
import io.luodi.web.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@LuodiWebTest
class ScopeDemoDataTests {

    @Autowired
    ScopeDemoData scopeDemoData;
    @Autowired
    TestData testData;
    @Autowired
    UserManagement users;
    @Autowired
    ProjectAccessPolicy accessPolicy;
    @Autowired
    RequirementRepository requirements;
    @Autowired
    ProjectNumbers numbers;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ScopeManagement scope;
    @Autowired
    ChangeRequestManagement changeRequests;

    @Test
    void finHasASignedScopeAnApprovedChangeAndOneAwaitingTheCustomer() {
        ensureTheRequirementsDemoDataRan();

        scopeDemoData.run(null);
        scopeDemoData.run(null);

        ProjectAccess zhaoLei = accessPolicy.require(DemoUsers.current(users, "zhaolei"),
                testData.demoProjectId("FIN"));
        assertThat(scope.statement(zhaoLei).sections().objectives()).contains("财务共享服务平台");
        assertThat(scope.baselines(zhaoLei)).extracting(BaselineSummary::number, BaselineSummary::status,
                        BaselineSummary::changeRequestKey)
                .containsExactly(tuple(2, BaselineStatus.SIGNED, "CR-001"), tuple(1, BaselineStatus.SIGNED, null));
        BaselineSummary v1 = scope.baselines(zhaoLei).get(1);
        assertThat(v1.implementer().name()).isEqualTo("王芳 Wang Fang");
        assertThat(v1.customer().name()).isEqualTo("赵磊 Zhao Lei");
        assertThat(changeRequests.list(zhaoLei)).extracting(ChangeRequestSummary::key, ChangeRequestSummary::status)
                .containsExactly(tuple("CR-002", ChangeRequestStatus.SUBMITTED),
                        tuple("CR-001", ChangeRequestStatus.APPROVED));
        ChangeRequestSummary awaiting = changeRequests.list(zhaoLei).get(0);
        assertThat(awaiting.implementer().approved()).isTrue();
        assertThat(awaiting.customer()).isNull();
        assertThat(scope.compare(zhaoLei, 1, 2).added()).extracting(i -> i.title()).containsExactly("发票 OCR 识别");
    }

    /** The scope demo waits for the requirements demo data; where that has not run, stand in for it on HIS. */
    private void ensureTheRequirementsDemoDataRan() {
        long his = testData.demoProjectId("HIS");
        if (requirements.findByProjectIdOrderByNumber(his).isEmpty()) {
            transaction.executeWithoutResult(status -> requirements.save(Requirement.create(his,
                    numbers.next(RequirementCounters.REQUIREMENT, his), new RequirementFields(
                            new RequirementContent("门诊挂号", null, "门诊", Priority.MUST, null),
                            RequirementStatus.PROPOSED, true, null), "system", Instant.now())));
        }
    }
}
