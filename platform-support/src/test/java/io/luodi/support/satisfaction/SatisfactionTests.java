package io.luodi.support.satisfaction;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.NotFoundException;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.testing.ProjectFixture;
import io.luodi.core.testing.ProjectFixture.TestProject;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.user.NewUser;
import io.luodi.core.user.Role;
import io.luodi.core.user.UserManagement;
import io.luodi.support.MovableClock;
import io.luodi.support.settings.CustomerVisibility;
import io.luodi.support.settings.SettingsForm;
import io.luodi.support.settings.SupportSettingsManagement;
import io.luodi.support.ticket.Severity;
import io.luodi.support.ticket.TicketForm;
import io.luodi.support.ticket.TicketManagement;
import io.luodi.support.ticket.TicketStatus;
import io.luodi.support.ticket.TicketType;
import io.luodi.testsupport.WithPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@WithPostgres
@Import(MovableClock.Config.class)
class SatisfactionTests {

    static final Instant MONDAY = Instant.parse("2026-09-07T02:00:00Z");

    @Autowired
    ProjectFixture fixture;
    @Autowired
    TicketManagement tickets;
    @Autowired
    TicketRatings ratings;
    @Autowired
    NpsSurvey nps;
    @Autowired
    SatisfactionFigures figures;
    @Autowired
    SupportSettingsManagement settings;
    @Autowired
    UserManagement users;
    @Autowired
    MovableClock clock;

    private long resolvedTicket(TestProject project) {
        ProjectAccess pm = project.access(project.pm());
        long id = tickets.open(project.access(project.customer()), new TicketForm("护士站无法打印腕带", null,
                TicketType.DEFECT, Severity.P2, "住院护士站", "PROD", null, null, null, null), List.of());
        clock.advance(Duration.ofHours(1));
        tickets.move(pm, id, TicketStatus.RESOLVED, tickets.view(pm, id).version());
        return id;
    }

    private RatingPanel panel(ProjectAccess access, long id) {
        return ratings.panel(access, tickets.view(access, id));
    }

    @Test
    void theReporterRatesTheResolutionAndMayChangeItUntilTheTicketIsClosed() {
        clock.set(MONDAY);
        TestProject project = fixture.create();
        ProjectAccess customer = project.access(project.customer());
        ProjectAccess pm = project.access(project.pm());
        long id = resolvedTicket(project);
        assertThat(panel(customer, id).askable()).isTrue();
        assertThat(panel(pm, id).askable()).isFalse();

        ratings.rate(customer, id, new RatingForm(3, "  处理得比较慢  "));
        RatingPanel changed = ratings.rate(customer, id, new RatingForm(5, "问题已经解决，谢谢"));
        assertThat(changed.current().score()).isEqualTo(5);
        assertThat(changed.ratings()).as("customers do not get the staff list").isEmpty();
        assertThat(panel(pm, id).ratings()).singleElement().satisfies(r -> {
            assertThat(r.score()).isEqualTo(5);
            assertThat(r.comment()).isEqualTo("问题已经解决，谢谢");
            assertThat(r.raterName()).isEqualTo(project.customer().displayName());
        });

        tickets.move(customer, id, TicketStatus.CLOSED, tickets.view(customer, id).version());
        assertThatThrownBy(() -> ratings.rate(customer, id, new RatingForm(1, null)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("rating.closed"));
        RatingPanel closed = panel(customer, id);
        assertThat(closed.askable()).isFalse();
        assertThat(closed.current().score()).isEqualTo(5);
    }

    @Test
    void onlyTheReporterRatesAndOnlyAResolvedTicket() {
        clock.set(MONDAY);
        TestProject project = fixture.create();
        ProjectAccess customer = project.access(project.customer());
        long open = tickets.open(customer, new TicketForm("门诊医生站卡顿", null, TicketType.PERFORMANCE, Severity.P3,
                null, null, null, null, null, null), List.of());
        assertThatThrownBy(() -> ratings.rate(customer, open, new RatingForm(4, null)))
                .isInstanceOf(NotFoundException.class);

        long resolved = resolvedTicket(project);
        CurrentUser colleague = CurrentUser.of(users.create(new NewUser("colleague" + System.nanoTime() % 100000,
                "同事 王敏", null, Role.CUSTOMER, project.customer().organisationId(), "password-colleague")));
        ProjectAccess colleagueAccess = project.access(colleague);
        assertThat(panel(colleagueAccess, resolved).askable()).as("sees the ticket but did not raise it").isFalse();
        assertThatThrownBy(() -> ratings.rate(colleagueAccess, resolved, new RatingForm(4, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> ratings.rate(project.access(project.consultant()), resolved, new RatingForm(4, null)))
                .isInstanceOf(NotFoundException.class);
        TestProject other = fixture.create();
        assertThatThrownBy(() -> ratings.rate(other.access(other.customer()), resolved, new RatingForm(4, null)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aReopenedTicketResolvedAgainIsANewResolutionToRate() {
        clock.set(MONDAY);
        TestProject project = fixture.create();
        ProjectAccess customer = project.access(project.customer());
        ProjectAccess pm = project.access(project.pm());
        long id = resolvedTicket(project);
        ratings.rate(customer, id, new RatingForm(2, "没有真正解决"));
        clock.advance(Duration.ofHours(1));
        tickets.reopen(customer, id, "腕带仍然打印不出来");
        assertThat(panel(customer, id).askable()).isFalse();
        clock.advance(Duration.ofHours(2));
        tickets.move(pm, id, TicketStatus.RESOLVED, tickets.view(pm, id).version());
        assertThat(panel(customer, id).askable()).isTrue();
        assertThat(panel(customer, id).current()).as("the new resolution is not rated yet").isNull();

        ratings.rate(customer, id, new RatingForm(5, null));

        assertThat(panel(pm, id).ratings()).extracting(RatingView::score).containsExactly(5, 2);
        SatisfactionFigures.Csat csat = figures.csat(pm, MONDAY, MONDAY.plus(Duration.ofDays(1)),
                ZoneId.of("Asia/Shanghai"));
        assertThat(csat.ratings()).isEqualTo(2);
        assertThat(csat.average()).isEqualTo(3.5);
        assertThat(csat.distribution()).containsExactly(0L, 1L, 0L, 0L, 1L);
    }

    @Test
    void aClosedTicketNeverRatedMayStillBeRatedOnce() {
        clock.set(MONDAY);
        TestProject project = fixture.create();
        ProjectAccess customer = project.access(project.customer());
        long id = resolvedTicket(project);
        tickets.move(customer, id, TicketStatus.CLOSED, tickets.view(customer, id).version());
        assertThat(panel(customer, id).askable()).isTrue();

        ratings.rate(customer, id, new RatingForm(4, null));

        assertThat(panel(customer, id).askable()).isFalse();
        assertThatThrownBy(() -> ratings.rate(customer, id, new RatingForm(5, null)))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void eachCustomerUserAnswersTheNpsQuestionOnceAfterHypercareEnds() {
        clock.set(MONDAY);
        TestProject project = fixture.create();
        ProjectAccess pm = project.access(project.pm());
        ProjectAccess customer = project.access(project.customer());
        LocalDate today = LocalDate.of(2026, 9, 7);
        settings.update(pm, new SettingsForm(CustomerVisibility.ORGANISATION, 7, 75, today.minusMonths(3), today, 0));
        assertThat(nps.invitation(customer)).as("hypercare ends today").isEmpty();
        assertThatThrownBy(() -> nps.answer(customer, new NpsForm(9, null))).isInstanceOf(NotFoundException.class);

        clock.advance(Duration.ofDays(1));
        assertThat(nps.invitation(customer)).hasValueSatisfying(i -> assertThat(i.projectId()).isEqualTo(project.id()));
        assertThat(nps.invitations(project.customer(), List.of(project.id()))).hasSize(1);
        assertThat(nps.invitation(pm)).isEmpty();
        assertThatThrownBy(() -> nps.answer(pm, new NpsForm(10, null))).isInstanceOf(NotFoundException.class);

        nps.answer(customer, new NpsForm(10, "  上线支持很及时  "));
        assertThat(nps.invitation(customer)).isEmpty();
        assertThatThrownBy(() -> nps.answer(customer, new NpsForm(3, null)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("nps.answered"));
        for (int score : new int[]{8, 2}) {
            CurrentUser colleague = CurrentUser.of(users.create(new NewUser("nps" + score + "-" + System.nanoTime() % 100000,
                    "同事 " + score, null, Role.CUSTOMER, project.customer().organisationId(), "password-nps")));
            nps.answer(project.access(colleague), new NpsForm(score, null));
        }

        SatisfactionFigures.Nps result = figures.nps(pm);
        assertThat(result.score()).isEqualTo(new NetPromoterScore(1, 1, 1));
        assertThat(result.score().score()).isZero();
        assertThat(result.answers()).extracting(SatisfactionFigures.NpsAnswer::comment).contains("上线支持很及时");
        assertThatThrownBy(() -> figures.nps(customer)).isInstanceOf(NotFoundException.class);
    }
}
