package io.luodi.support;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code luodi.support.*}: settings of the go-live support and optimisation phases.
 *
 * @param revisits      the reminders of scheduled revisits
 * @param alerts        the monitoring webhooks
 * @param sla           the job that watches SLA clocks
 * @param notifications what people are told about tickets
 */
@Validated
@ConfigurationProperties("luodi.support")
public record SupportProperties(@Valid @DefaultValue Revisits revisits, @Valid @DefaultValue Alerts alerts,
                                @Valid @DefaultValue Sla sla, @Valid @DefaultValue Notifications notifications) {

    /**
     * @param reminderCron      when the reminder job runs, as a Spring cron expression in {@code luodi.core.time-zone};
     *                          {@code -} switches it off
     * @param reminderDaysAhead how many days before an occurrence is due its owner is reminded (overdue ones too)
     * @param reminderFrom      the sender address of the reminders
     */
    public record Revisits(@NotBlank @DefaultValue("0 0 8 * * *") String reminderCron,
                           @Min(0) @Max(60) @DefaultValue("2") int reminderDaysAhead,
                           @NotBlank @DefaultValue("luodi@localhost") String reminderFrom) {
    }

    /**
     * @param rateLimit how many webhook calls one project may make a minute; more are answered 429 with Retry-After
     */
    public record Alerts(@Min(1) @Max(100_000) @DefaultValue("120") int rateLimit) {
    }

    /**
     * @param watchInterval how long the SLA watch job waits between runs ({@code 30s}, {@code 1m}, {@code PT5M});
     *                      {@code -} switches it off
     */
    public record Sla(@NotBlank @Pattern(regexp = "-|\\d+(ms|s|m|h|d)?|P\\S+") @DefaultValue("1m")
                      String watchInterval) {
    }

    /** @param mailFrom the sender address of ticket and SLA e-mails */
    public record Notifications(@NotBlank @DefaultValue("luodi@localhost") String mailFrom) {
    }
}
