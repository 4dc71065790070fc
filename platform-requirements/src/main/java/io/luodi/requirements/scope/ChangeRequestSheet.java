package io.luodi.requirements.scope;

import io.luodi.core.export.SheetWriter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A project's change requests as one Excel sheet: one row per request, dates as dates, long texts at the end. */
final class ChangeRequestSheet {

    /** The long texts of a request, which the list does not carry. */
    record Texts(String reason, String impactRisk) {
    }

    private static final List<String> COLUMNS = List.of("KEY", "TITLE", "STATUS", "DAYS", "COST", "BASE", "RESULT",
            "CREATED_BY", "CREATED_ON", "IMPLEMENTER", "IMPLEMENTER_ON", "CUSTOMER", "CUSTOMER_ON", "DECIDED_ON",
            "REASON", "RISK");
    private static final List<Integer> WIDTHS = List.of(10, 40, 12, 10, 14, 8, 8, 14, 12, 12, 12, 12, 12, 12, 60, 40);

    private ChangeRequestSheet() {
    }

    static byte[] write(List<ChangeRequestSummary> requests, Map<Integer, Texts> texts, ScopeLabels labels,
                        ZoneId zone) {
        return SheetWriter.streamedWorkbook(labels.get("changeRequest.export.sheet"),
                COLUMNS.stream().map(c -> labels.get("changeRequest.column." + c)).toList(), WIDTHS, sheet -> {
            for (ChangeRequestSummary request : requests) {
                Texts written = texts.getOrDefault(request.number(), new Texts(null, null));
                List<Object> row = new ArrayList<>();
                row.add(request.key());
                row.add(request.title());
                row.add(labels.get("changeRequest.status." + request.status()));
                row.add(request.impactDays());
                row.add(request.impactCost());
                row.add("v" + request.baseNumber());
                row.add(request.resultNumber() == null ? null : "v" + request.resultNumber());
                row.add(request.createdBy());
                row.add(day(request.createdAt(), zone));
                decision(row, request.implementer(), labels, zone);
                decision(row, request.customer(), labels, zone);
                row.add(day(request.decidedAt(), zone));
                row.add(written.reason());
                row.add(written.impactRisk());
                sheet.row(row);
            }
        });
    }

    private static void decision(List<Object> row, Decision decision, ScopeLabels labels, ZoneId zone) {
        if (decision == null) {
            row.add(null);
            row.add(null);
            return;
        }
        row.add(decision.name() + " " + labels.get(decision.approved() ? "changeRequest.decision.approved"
                : "changeRequest.decision.rejected"));
        row.add(day(decision.at(), zone));
    }

    private static LocalDate day(Instant instant, ZoneId zone) {
        return instant == null ? null : LocalDate.ofInstant(instant, zone);
    }
}
