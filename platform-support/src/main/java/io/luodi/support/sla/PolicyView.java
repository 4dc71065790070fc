package io.luodi.support.sla;

import java.util.List;

/** One of a project's policies as pages show it. */
public record PolicyView(PolicyKind kind, long calendarId, String calendarName, List<SlaTarget> targets,
                         long version) {

    public PolicyForm toForm() {
        return new PolicyForm(kind, calendarId, targets.stream().map(PolicyForm.TargetRow::of).toList(), version);
    }
}
