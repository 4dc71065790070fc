package io.luodi.requirements.meeting;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.ForbiddenException;
import io.luodi.core.NotFoundException;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.testing.ProjectFixture;
import io.luodi.core.testing.ProjectFixture.TestProject;
import io.luodi.requirements.requirement.ChangeView;
import io.luodi.requirements.requirement.Priority;
import io.luodi.requirements.requirement.RequirementDetail;
import io.luodi.requirements.requirement.RequirementForm;
import io.luodi.requirements.requirement.RequirementManagement;
import io.luodi.requirements.requirement.RequirementSource;
import io.luodi.requirements.requirement.RequirementStatus;
import io.luodi.testsupport.LibreOffice;
import io.luodi.testsupport.WithPostgres;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@SpringBootTest
@WithPostgres
class MeetingManagementTests {

    @Autowired
    ProjectFixture fixture;
    @Autowired
    MeetingManagement meetings;
    @Autowired
    RequirementManagement requirements;
    @Autowired
    JdbcClient jdbc;

    static MeetingForm review(long customerUserId) {
        return new MeetingForm(MeetingKind.REQUIREMENT_REVIEW, "门诊需求评审会", LocalDate.of(2026, 3, 5), "门诊楼三楼会议室",
                "1. 挂号流程\n2. 收费流程", "会议讨论了门诊挂号与收费的现状。",
                List.of(new MeetingForm.AttendeeRow(null, AttendeeSide.IMPLEMENTER, "王芳", "项目经理", null),
                        new MeetingForm.AttendeeRow(null, AttendeeSide.CUSTOMER, null, "门诊部主任", customerUserId),
                        new MeetingForm.AttendeeRow(null, AttendeeSide.THIRD_PARTY, "医保中心 刘工", "接口负责人", null)),
                List.of(new MeetingForm.DecisionRow(null, "门诊挂号支持微信预约"),
                        new MeetingForm.DecisionRow(null, "诊间结算纳入一期范围")),
                List.of(new MeetingForm.ActionItemRow(null, "提供号源规则", "门诊部", LocalDate.of(2026, 3, 10), false),
                        new MeetingForm.ActionItemRow(null, "确认医保接口文档", "刘工", LocalDate.of(2999, 1, 1), null)),
                null);
    }

    @Test
    void aMeetingKeepsItsAttendeesBySideDecisionsAndActionItems() {
        TestProject project = fixture.create();
        ProjectAccess access = project.access(project.consultant());

        long id = meetings.create(access, review(project.customer().id()));

        MeetingDetail meeting = meetings.detail(access, id);
        assertThat(meeting.attendeesOn(AttendeeSide.CUSTOMER)).extracting(MeetingDetail.AttendeeView::name)
                .containsExactly(project.customer().displayName());
        assertThat(meeting.attendeesOn(AttendeeSide.THIRD_PARTY)).hasSize(1);
        assertThat(meeting.decisions()).extracting(MeetingDetail.DecisionView::number,
                MeetingDetail.DecisionView::text).containsExactly(tuple(1, "门诊挂号支持微信预约"), tuple(2, "诊间结算纳入一期范围"));
        assertThat(meeting.actionItems()).extracting(MeetingDetail.ActionItemView::overdue).containsExactly(true, false);
        assertThat(meetings.list(access)).singleElement().satisfies(summary -> {
            assertThat(summary.decisions()).isEqualTo(2);
            assertThat(summary.openActionItems()).isEqualTo(2);
            assertThat(summary.overdueActionItems()).isEqualTo(1);
        });

        meetings.markActionItem(access, id, meeting.actionItems().get(0).id(), true);
        assertThat(meetings.detail(access, id).actionItems().get(0).overdue()).isFalse();
    }

    @Test
    void anEditKeepsTheIdsOfTheDecisionsItKeepsAndRemovesTheOthers() {
        TestProject project = fixture.create();
        ProjectAccess access = project.access(project.pm());
        long id = meetings.create(access, review(project.customer().id()));
        MeetingDetail before = meetings.detail(access, id);
        MeetingForm form = before.toForm();
        MeetingDetail.DecisionView kept = before.decisions().get(1);

        meetings.update(access, id, new MeetingForm(form.kind(), form.title(), form.heldOn(), form.location(),
                form.agenda(), form.minutes(), form.attendees(),
                List.of(new MeetingForm.DecisionRow(kept.id(), "诊间结算纳入一期范围（含医保）"),
                        new MeetingForm.DecisionRow(null, "自助机由医院采购")),
                form.actionItems(), form.version()));

        MeetingDetail after = meetings.detail(access, id);
        assertThat(after.decisions()).extracting(MeetingDetail.DecisionView::id).first().isEqualTo(kept.id());
        assertThat(after.decisions()).extracting(MeetingDetail.DecisionView::number, MeetingDetail.DecisionView::text)
                .containsExactly(tuple(1, "诊间结算纳入一期范围（含医保）"), tuple(2, "自助机由医院采购"));
        assertThatThrownBy(() -> meetings.update(access, id, form))
                .extracting(e -> ((BusinessRuleException) e).messageCode()).isEqualTo("meeting.stale");
    }

    @Test
    void aDecisionBecomesARequirementTracedToItOrChangesOneWithTheMeetingAsCause() {
        TestProject project = fixture.create();
        ProjectAccess access = project.access(project.consultant());
        long meetingId = meetings.create(access, review(project.customer().id()));
        MeetingDetail meeting = meetings.detail(access, meetingId);
        long first = meeting.decisions().get(0).id();
        long second = meeting.decisions().get(1).id();
        long existing = requirements.create(access, new RequirementForm("门诊收费", null, "门诊", Priority.SHOULD,
                RequirementStatus.PROPOSED, false, null, null, null, null, null));

        RequirementForm draft = requirements.draft(access, RequirementSource.Kind.DECISION, first);
        long created = requirements.create(access, draft);
        RequirementForm loaded = requirements.detail(access, existing).toForm();
        requirements.update(access, existing, new RequirementForm(loaded.title(), "支持诊间扫码结算", loaded.category(),
                Priority.MUST, loaded.status(), true, null, null, loaded.version(), RequirementSource.Kind.DECISION,
                second));

        assertThat(draft.title()).isEqualTo("门诊挂号支持微信预约");
        RequirementDetail changed = requirements.detail(access, existing);
        assertThat(changed.history()).extracting(ChangeView::cause).containsOnly("门诊需求评审会 2026-03-05 #2");
        assertThat(changed.history()).extracting(ChangeView::field).hasSize(3);
        assertThat(changed.sources()).extracting(s -> s.kind(), s -> s.sourceId(), s -> s.number())
                .containsExactly(tuple(RequirementSource.Kind.DECISION, second, 2));
        assertThat(requirements.detail(access, created).sources()).extracting(s -> s.sourceId()).containsExactly(first);
        assertThat(meetings.detail(access, meetingId).decisions())
                .extracting(d -> d.requirements().stream().map(MeetingDetail.RequirementLink::key).toList())
                .containsExactly(List.of("REQ-002"), List.of("REQ-001"));
        assertThat(requirements.detail(project.access(project.customer()), created).sources()).hasSize(1);

        MeetingForm form = meetings.detail(access, meetingId).toForm();
        assertThatThrownBy(() -> meetings.update(access, meetingId, new MeetingForm(form.kind(), form.title(),
                form.heldOn(), form.location(), form.agenda(), form.minutes(), form.attendees(),
                form.decisions().subList(1, 2), form.actionItems(), form.version())))
                .extracting(e -> ((BusinessRuleException) e).messageCode(),
                        e -> ((BusinessRuleException) e).arguments())
                .containsExactly("meeting.decision.traced", new Object[]{"REQ-002"});
        assertThatThrownBy(() -> meetings.delete(access, meetingId))
                .extracting(e -> ((BusinessRuleException) e).messageCode()).isEqualTo("meeting.delete.traced");
    }

    @Test
    void customersReadMeetingsButDoNotEditThemAndOtherProjectsDoNotSeeThem() {
        TestProject project = fixture.create();
        TestProject other = fixture.create();
        long id = meetings.create(project.access(project.pm()), review(project.customer().id()));
        ProjectAccess customer = project.access(project.customer());

        assertThat(meetings.detail(customer, id).title()).isEqualTo("门诊需求评审会");
        assertThat(meetings.canEdit(customer)).isFalse();
        assertThatThrownBy(() -> meetings.create(customer, review(project.customer().id())))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> meetings.detail(other.access(other.pm()), id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> meetings.create(other.access(other.pm()), review(project.customer().id())))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageCode()).isEqualTo("meeting.attendee.notMember");
    }

    @Test
    void theMinutesAreAWordDocumentWithEverySectionInTheReadersLanguage() throws IOException {
        TestProject project = fixture.create();
        ProjectAccess access = project.access(project.consultant());
        long id = meetings.create(access, review(project.customer().id()));
        long decision = meetings.detail(access, id).decisions().get(0).id();
        requirements.create(access, requirements.draft(access, RequirementSource.Kind.DECISION, decision));

        byte[] docx = meetings.minutes(access, id, Locale.SIMPLIFIED_CHINESE);

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(document.getParagraphs()).filteredOn(p -> p.getStyle() != null && p.getStyle().startsWith("Heading"))
                    .extracting(XWPFParagraph::getText)
                    .containsExactly("参会人员", "议程", "会议纪要", "会议决议", "待办事项");
            assertThat(document.getParagraphs()).extracting(XWPFParagraph::getText)
                    .contains("门诊需求评审会", "1. 挂号流程", "会议讨论了门诊挂号与收费的现状。");
            List<XWPFTable> tables = document.getTables();
            assertThat(tables.get(0).getText()).contains("需求评审会", "2026-03-05", "门诊楼三楼会议室");
            assertThat(tables.get(1).getRow(1).getCell(0).getText()).isEqualTo("实施方");
            assertThat(tables.get(1).getRow(3).getCell(1).getText()).isEqualTo("医保中心 刘工");
            assertThat(tables.get(2).getRow(1).getCell(2).getText()).isEqualTo("REQ-001");
            assertThat(tables.get(2).getRow(2).getCell(2).getText()).isEqualTo("—");
            assertThat(tables.get(3).getRow(1).getCell(3).getText()).isEqualTo("2026-03-10");
            assertThat(tables.get(3).getRow(1).getCell(4).getText()).isEqualTo("否");
        }
        LibreOffice.Rendering pdf = LibreOffice.render(docx, "会议纪要.docx");
        assertThat(pdf.text()).contains("门诊需求评审会", "医保中心 刘工", "诊间结算纳入一期范围", "REQ-001");
        assertThat(pdf.usesCjkFont()).as("fonts %s", pdf.fonts()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'EXPORT' AND entity_type = 'meeting' "
                        + "AND entity_id = ?").param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
    }
}
