package io.luodi.core.project;

import java.time.LocalDate;

/** A project as lists, dashboards and the API show it. */
public record ProjectSummary(long id, String code, String name, String customerName, SystemType systemType,
                             ProjectStatus status, LocalDate startDate, LocalDate plannedGoLive) {
}
