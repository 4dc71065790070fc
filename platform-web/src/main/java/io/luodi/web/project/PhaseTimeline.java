package io.luodi.web.project;

import io.luodi.core.project.PhaseStatus;
import io.luodi.core.project.ProjectOverview;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The phases of a project laid out on one time axis, in per-mille of its width, for the overview's SVG bars
 * (attributes, not inline styles, so the content security policy holds).
 */
record PhaseTimeline(LocalDate from, LocalDate to, Integer todayX, List<Row> rows) {

    static final int WIDTH = 1000;

    record Row(ProjectOverview.PhaseView phase, Bar planned, Bar actual) {
    }

    /** A bar's start and width on the axis; null where the phase has no such dates. */
    record Bar(int x, int width) {
    }

    static PhaseTimeline of(List<ProjectOverview.PhaseView> phases, LocalDate today) {
        List<LocalDate> dates = phases.stream()
                .flatMap(p -> Stream.of(p.plannedStart(), p.plannedEnd(), p.actualStart(), p.actualEnd()))
                .filter(Objects::nonNull)
                .toList();
        if (dates.isEmpty()) {
            return new PhaseTimeline(today, today, null, phases.stream().map(p -> new Row(p, null, null)).toList());
        }
        LocalDate from = dates.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate to = dates.stream().max(LocalDate::compareTo).orElseThrow();
        long span = Math.max(1, ChronoUnit.DAYS.between(from, to) + 1);
        List<Row> rows = phases.stream().map(p -> new Row(p,
                bar(p.plannedStart(), p.plannedEnd(), from, span),
                bar(p.actualStart(), p.status() == PhaseStatus.IN_PROGRESS ? min(today, to) : p.actualEnd(),
                        from, span))).toList();
        Integer todayX = today.isBefore(from) || today.isAfter(to) ? null
                : (int) (ChronoUnit.DAYS.between(from, today) * WIDTH / span);
        return new PhaseTimeline(from, to, todayX, rows);
    }

    private static Bar bar(LocalDate start, LocalDate end, LocalDate from, long span) {
        if (start == null || end == null || end.isBefore(start)) {
            return null;
        }
        int x = (int) (ChronoUnit.DAYS.between(from, start) * WIDTH / span);
        int width = (int) Math.max(4, (ChronoUnit.DAYS.between(start, end) + 1) * WIDTH / span);
        return new Bar(x, Math.min(width, WIDTH - x));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
