package io.luodi.migration.planning;

import io.luodi.migration.engine.plan.FieldMapping;

/** A field's transforms and validations in the mapping table's one-step-a-line text. */
public final class StepTexts {

    private StepTexts() {
    }

    public static String transforms(FieldMapping field) {
        return StepText.format(field.transforms());
    }

    public static String validations(FieldMapping field) {
        return StepText.formatValidations(field.validations());
    }
}
