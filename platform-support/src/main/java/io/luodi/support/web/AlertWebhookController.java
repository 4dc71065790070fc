package io.luodi.support.web;

import io.luodi.core.CoreProperties;
import io.luodi.support.alert.AlertIntake;
import io.luodi.support.alert.AlertNotice;
import io.luodi.support.alert.AlertOutcome;
import io.luodi.support.alert.AlertRateLimit;
import io.luodi.support.alert.AlertWebhooks;
import io.luodi.support.alert.AlertmanagerPayload;
import io.luodi.support.alert.MalformedAlertException;
import io.luodi.support.alert.ZabbixEvent;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The monitoring webhooks: Prometheus Alertmanager and Zabbix post alerts here, authenticated by the project's
 * webhook token as a bearer header rather than by a user (the security configuration lets {@code /hooks/**}
 * through without session or CSRF token). The token is checked before the body is read, so a caller without it
 * learns nothing, whatever they send: an unknown project, a missing, wrong or replaced token and a switched-off
 * webhook are the same 401.
 */
@RestController
@RequestMapping(path = "/hooks/projects/{projectId}", produces = MediaType.APPLICATION_JSON_VALUE)
class AlertWebhookController {

    private static final String BEARER = "Bearer ";

    private final AlertWebhooks webhooks;
    private final AlertIntake intake;
    private final AlertRateLimit rateLimit;
    private final JsonMapper json;
    private final MessageSource messages;
    private final CoreProperties core;

    AlertWebhookController(AlertWebhooks webhooks, AlertIntake intake, AlertRateLimit rateLimit, JsonMapper json,
                           MessageSource messages, CoreProperties core) {
        this.webhooks = webhooks;
        this.intake = intake;
        this.rateLimit = rateLimit;
        this.json = json;
        this.messages = messages;
        this.core = core;
    }

    /** What the webhook answers: each alert's outcome, in the payload's order. */
    record Receipt(int received, List<AlertOutcome> alerts) {
    }

    @PostMapping("/alertmanager")
    ResponseEntity<?> alertmanager(@PathVariable long projectId,
                                   @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                   @RequestBody(required = false) byte[] body, Locale locale) {
        return receive(projectId, authorization, body, locale, AlertmanagerPayload.class,
                payload -> payload.notices(core.timeZone()));
    }

    @PostMapping("/zabbix")
    ResponseEntity<?> zabbix(@PathVariable long projectId,
                             @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                             @RequestBody(required = false) byte[] body, Locale locale) {
        return receive(projectId, authorization, body, locale, ZabbixEvent.class,
                event -> List.of(event.notice(core.timeZone())));
    }

    @ExceptionHandler(MalformedAlertException.class)
    ResponseEntity<ProblemDetail> malformed(MalformedAlertException malformed, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, malformed.messageCode(), locale, malformed.field());
        problem.setProperty("code", malformed.messageCode());
        if (malformed.field() != null) {
            problem.setProperty("field", malformed.field());
        }
        return ResponseEntity.badRequest().body(problem);
    }

    private <T> ResponseEntity<?> receive(long projectId, String authorization, byte[] body, Locale locale,
                                          Class<T> payloadType, Function<T, List<AlertNotice>> notices) {
        if (!webhooks.authenticate(projectId, bearerToken(authorization))) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .body(problem(HttpStatus.UNAUTHORIZED, "alerts.webhook.unauthorized", locale));
        }
        Optional<Duration> wait = rateLimit.take(projectId);
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                    .body(problem(HttpStatus.TOO_MANY_REQUESTS, "alerts.webhook.rateLimited", locale,
                            rateLimit.perMinute()));
        }
        List<AlertOutcome> outcomes = intake.receive(projectId, notices.apply(read(body, payloadType)));
        return ResponseEntity.ok(new Receipt(outcomes.size(), outcomes));
    }

    private <T> T read(byte[] body, Class<T> type) {
        if (body == null || body.length == 0) {
            throw MalformedAlertException.unreadable();
        }
        try {
            T payload = json.readValue(body, type);
            if (payload == null) {
                throw MalformedAlertException.unreadable();
            }
            return payload;
        } catch (JacksonException unreadable) {
            throw MalformedAlertException.unreadable();
        }
    }

    private static String bearerToken(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? authorization.substring(BEARER.length()).strip() : null;
    }

    private ProblemDetail problem(HttpStatus status, String code, Locale locale, Object... arguments) {
        return ProblemDetail.forStatusAndDetail(status, messages.getMessage(code, arguments, locale));
    }
}
