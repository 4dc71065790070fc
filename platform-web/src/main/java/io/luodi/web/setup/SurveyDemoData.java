package io.luodi.web.setup;

import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.project.ProjectSummary;
import io.luodi.core.project.SystemType;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.user.UserManagement;
import io.luodi.requirements.survey.AnswerInput;
import io.luodi.requirements.survey.QuestionView;
import io.luodi.requirements.survey.SectionProgress;
import io.luodi.requirements.survey.StakeholderKind;
import io.luodi.requirements.survey.SurveyDetails;
import io.luodi.requirements.survey.SurveyManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Two surveys of the demo HIS project, run with the seeded hospital template, so that a new user finds real
 * answers: the IT department's interview, half done, and the outpatient department's, just started. Runs after
 * {@link DemoData} (the project and people) and after the template library is seeded (TemplateSeeder is ordered
 * first), and only into a HIS project that has no survey yet.
 */
@Component
@Order(10)
class SurveyDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SurveyDemoData.class);

    private final DemoDataSwitch demoData;
    private final UserManagement users;
    private final ProjectManagement projects;
    private final ProjectAccessPolicy accessPolicy;
    private final SurveyManagement surveys;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SurveyDemoData(DemoDataSwitch demoData,
                   UserManagement users, ProjectManagement projects, ProjectAccessPolicy accessPolicy,
                   SurveyManagement surveys, TransactionTemplate transaction, Clock clock) {
        this.demoData = demoData;
        this.users = users;
        this.projects = projects;
        this.accessPolicy = accessPolicy;
        this.surveys = surveys;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoData.isOn()) {
            return;
        }
        Optional<CurrentUser> liQiang = users.findByUsername("liqiang").map(CurrentUser::of);
        if (liQiang.isEmpty()) {
            return;
        }
        Optional<ProjectSummary> his = projects.visibleTo(liQiang.get()).stream()
                .filter(p -> p.code().equals("HIS")).findFirst();
        if (his.isEmpty()) {
            return;
        }
        ProjectAccess access = accessPolicy.require(liQiang.get(), his.get().id());
        if (surveys.hasSurveys(access)) {
            return;
        }
        Optional<Long> template = surveys.templateChoices(access).stream()
                .filter(t -> t.systemType() == SystemType.HIS && t.createdBy().equals("system"))
                .map(t -> t.id()).findFirst();
        if (template.isEmpty()) {
            log.warn("No seeded HIS template; the demo surveys are left out");
            return;
        }
        transaction.executeWithoutResult(status -> load(access, template.get()));
        log.info("Loaded two demo surveys into the HIS project");
    }

    private void load(ProjectAccess access, long templateId) {
        LocalDate today = LocalDate.now(clock);
        long wangFang = users.findByUsername("wangfang").orElseThrow().getId();
        long it = surveys.create(access, new SurveyDetails(templateId, StakeholderKind.IT, "信息科",
                today.minusDays(40), "张建国（信息科主任）、刘伟（网络管理员）、陈敏（数据库管理员）",
                List.of(access.user().id(), wangFang), null));
        Map<String, Long> questions = questions(access, it);
        answer(access, it, questions, "1.1", AnswerInput.of(null, "三级甲等"));
        answer(access, it, questions, "1.2", AnswerInput.of(null, "1200"));
        answer(access, it, questions, "1.3", AnswerInput.of(null, "4500")
                .withNote("高峰日（周一上午）约 6800 人次，需按峰值做性能测试"));
        answer(access, it, questions, "1.4", AnswerInput.of(null, "本部和东院两个院区，东院距本部约 12 公里"));
        answer(access, it, questions, "1.5", AnswerInput.of(null, "是"));
        answer(access, it, questions, "1.6", AnswerInput.of(null, "两院区之间 100M 专线，另有 VPN 备份线路"));
        answer(access, it, questions, "4.1", AnswerInput.choices(null, List.of("城镇职工医保", "城乡居民医保",
                "异地就医直接结算")));
        answer(access, it, questions, "4.2", AnswerInput.of(null, "医保中心统一接口，由市医保局指定厂商维护"));
        answer(access, it, questions, "4.3", AnswerInput.choices(null, List.of("LIS 检验系统", "PACS 影像系统",
                "EMR 电子病历", "财务系统")));
        answer(access, it, questions, "4.4", AnswerInput.of(null, "旧 HIS 为本地厂商开发，Oracle 11g，允许只读账号直连抽取"));
        answer(access, it, questions, "4.5", AnswerInput.of(null, "120")
                .withNote("身份证号缺失或重复约 8%，需与信息科确认清洗规则"));
        answer(access, it, questions, "4.6", AnswerInput.of(null, "是"));
        answer(access, it, questions, "4.7", AnswerInput.of(null, "6"));

        long outpatient = surveys.create(access, new SurveyDetails(templateId, StakeholderKind.BUSINESS, "门诊部",
                today.minusDays(33), "王主任（门诊部主任）、李护士长（门诊护理）、收费处赵组长",
                List.of(access.user().id()), null));
        Map<String, Long> outpatientQuestions = questions(access, outpatient);
        answer(access, outpatient, outpatientQuestions, "2.1", AnswerInput.choices(null, List.of("窗口挂号", "自助机",
                "微信公众号")));
        answer(access, outpatient, outpatientQuestions, "2.2", AnswerInput.choices(null, List.of("现金", "银行卡",
                "微信支付", "支付宝", "医保卡")));
        answer(access, outpatient, outpatientQuestions, "2.3", AnswerInput.of(null,
                "缴费窗口排队最长，周一上午高峰约 40 分钟；原因是医保患者必须到窗口结算，自助机不支持医保。"));
        answer(access, outpatient, outpatientQuestions, "2.4", AnswerInput.of(null, "否"));
        answer(access, outpatient, outpatientQuestions, "3.2", AnswerInput.grid(null, List.of(
                "7:30-17:30", "2600", "是", "8:00-17:00", "400", "否", "24 小时", "1800", "是",
                "", "", "", "24 小时", "300", "否")));
    }

    private Map<String, Long> questions(ProjectAccess access, long surveyId) {
        Map<String, Long> byCode = new HashMap<>();
        for (SectionProgress section : surveys.detail(access, surveyId).sections()) {
            for (QuestionView question : surveys.section(access, surveyId, section.position()).questions()) {
                byCode.put(question.code(), question.id());
            }
        }
        return byCode;
    }

    private void answer(ProjectAccess access, long surveyId, Map<String, Long> questions, String code,
                        AnswerInput input) {
        surveys.saveAnswer(access, surveyId, questions.get(code), input);
    }
}
