package io.luodi.support.standup;

import io.luodi.core.export.ExportedFile;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.testing.ProjectFixture;
import io.luodi.core.testing.ProjectFixture.TestProject;
import io.luodi.support.ticket.Severity;
import io.luodi.support.ticket.TicketForm;
import io.luodi.support.ticket.TicketManagement;
import io.luodi.support.ticket.TicketType;
import io.luodi.testsupport.WithPostgres;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@WithPostgres
class StandupExportTests {

    @Autowired
    ProjectFixture fixture;
    @Autowired
    StandupManagement standups;
    @Autowired
    TicketManagement tickets;
    @Autowired
    ProjectManagement projects;

    @Test
    void theWordDocumentCarriesTheAttendeesTheAgendaTableAndTheSectionsInChinese() throws IOException {
        TestProject project = fixture.create();
        ProjectAccess pm = project.access(project.pm());
        tickets.open(pm, new TicketForm("住院收费结算失败", null, TicketType.DEFECT, Severity.P1, null, null, null, null,
                null, null), List.of());
        long id = standups.openToday(pm);
        StandupDetail standup = standups.detail(pm, id);
        StandupDetail.ItemView item = standup.items().get(0);
        standups.write(pm, id, item.id(), new ItemForm("已定位为医保目录版本问题\n需客户确认", "李强", "今晚 22:00 更新目录",
                item.version()));
        standups.addTopic(pm, id, "周末值班安排");
        standups.write(pm, id, SectionKind.DECISIONS, new SectionForm("周六上午停机升级",
                standup.section(SectionKind.DECISIONS).version()));

        ExportedFile file = standups.export(pm, id, Locale.SIMPLIFIED_CHINESE);

        String code = projects.overview(pm).project().code();
        assertThat(file.filename()).isEqualTo(code + " 每日站会 " + standup.day() + ".docx");
        assertThat(file.contentType()).isEqualTo(ExportedFile.DOCX);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(file.content()))) {
            List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).contains("每日站会", "参会人员", "议程", "进展", "今日计划", "风险与阻碍", "决定事项",
                    "周六上午停机升级");
            XWPFTable agenda = document.getTables().stream()
                    .filter(t -> t.getRow(0).getTableCells().size() == 8).findFirst().orElseThrow();
            List<XWPFTableRow> rows = agenda.getRows();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).getCell(5).getText()).isEqualTo("讨论记录");
            assertThat(rows.get(1).getCell(1).getText()).contains("住院收费结算失败");
            assertThat(rows.get(1).getCell(2).getText()).contains("P1");
            assertThat(rows.get(1).getCell(4).getText()).contains("新建", "未关闭 P1/P2");
            assertThat(rows.get(1).getCell(5).getText()).contains("已定位为医保目录版本问题", "需客户确认");
            assertThat(rows.get(1).getCell(6).getText()).isEqualTo("李强");
            assertThat(rows.get(1).getCell(7).getText()).isEqualTo("今晚 22:00 更新目录");
            assertThat(rows.get(2).getCell(1).getText()).isEqualTo("周末值班安排");
            XWPFTable attendees = document.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("所属方")).findFirst().orElseThrow();
            assertThat(attendees.getRows()).hasSize(2);
            assertThat(attendees.getRow(1).getCell(1).getText()).isEqualTo(project.pm().displayName());
        }

        assertThat(standups.export(pm, id, Locale.ENGLISH).filename()).endsWith(" Stand-up " + standup.day() + ".docx");
    }
}
