package io.luodi.requirements.web;

import io.luodi.requirements.scope.ScopeSections;
import io.luodi.requirements.scope.StatementView;
import jakarta.validation.constraints.Size;

/** The scope statement's sections as edited, with the version the editor started from. */
record StatementForm(@Size(max = ScopeSections.MAX_LENGTH) String objectives,
                     @Size(max = ScopeSections.MAX_LENGTH) String deliverables,
                     @Size(max = ScopeSections.MAX_LENGTH) String milestones,
                     @Size(max = ScopeSections.MAX_LENGTH) String assumptions,
                     @Size(max = ScopeSections.MAX_LENGTH) String constraints,
                     @Size(max = ScopeSections.MAX_LENGTH) String risks,
                     @Size(max = ScopeSections.MAX_LENGTH) String acceptanceCriteria,
                     Long version) {

    static StatementForm of(StatementView view) {
        ScopeSections s = view.sections();
        return new StatementForm(s.objectives(), s.deliverables(), s.milestones(), s.assumptions(), s.constraints(),
                s.risks(), s.acceptanceCriteria(), view.version());
    }

    ScopeSections sections() {
        return new ScopeSections(objectives, deliverables, milestones, assumptions, constraints, risks,
                acceptanceCriteria);
    }
}
