package io.luodi.requirements.scope;

import io.luodi.core.project.ProjectNumbers;
import io.luodi.requirements.numbering.RequirementCounters;
import io.luodi.requirements.requirement.Priority;
import io.luodi.requirements.requirement.Requirement;
import io.luodi.requirements.requirement.RequirementContent;
import io.luodi.requirements.requirement.RequirementFields;
import io.luodi.requirements.requirement.RequirementRepository;
import io.luodi.requirements.requirement.RequirementStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;

/** Requirements for scope tests, made through the aggregate as the requirement pages would make them. */
@Component
class ScopeTestData {

    static final ScopeSections STATEMENT = new ScopeSections("上线费用报销与应付模块，审批从 7 级精简到 3 级。",
            "系统配置文档\n用户手册", "6 月 30 日上线", "客户提供组织架构数据", "预算 80 万元以内", "接口对接延期",
            "连续 30 天无一级故障");

    private final RequirementRepository requirements;
    private final ProjectNumbers numbers;
    private final TransactionTemplate transaction;

    ScopeTestData(RequirementRepository requirements, ProjectNumbers numbers, TransactionTemplate transaction) {
        this.requirements = requirements;
        this.numbers = numbers;
        this.transaction = transaction;
    }

    long requirement(long projectId, String title, RequirementStatus status, boolean inScope) {
        return transaction.execute(tx -> requirements.save(Requirement.create(projectId,
                numbers.next(RequirementCounters.REQUIREMENT, projectId),
                new RequirementFields(new RequirementContent(title, title + "的说明", "费用报销", Priority.MUST,
                        title + "可验收"), status, inScope, "内部备注：" + title), "tester",
                Instant.parse("2026-03-01T02:00:00Z"))).getId());
    }

    Requirement load(long id) {
        return transaction.execute(tx -> {
            Requirement requirement = requirements.findById(id).orElseThrow();
            requirement.getChanges().size();
            return requirement;
        });
    }
}
