package io.luodi.migration.planning;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import io.luodi.migration.engine.plan.MigrationPlan;
import io.luodi.migration.engine.plan.PlanYaml;
import io.luodi.migration.engine.plan.Transform;
import io.luodi.migration.engine.plan.Validation;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a plan version is kept and shown. Stored as JSON of the engine's plan model, because a plan being built
 * (a dataset without a target or fields yet) is not yet a valid plan file; shown, exported and imported as the
 * engine's YAML ({@link PlanYaml}, schema in {@code docs/migration-plan.md}), so what a user exports runs unchanged
 * on the command line.
 */
final class PlanCodec {

    /** Record components only: the plan records' helper methods ({@code isQuery()}) are not state. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .changeDefaultVisibility(visibility -> visibility
                    .withVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                    .withVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY))
            .addMixIn(Transform.class, TransformTypes.class)
            .addMixIn(Validation.class, ValidationTypes.class)
            .build();

    private PlanCodec() {
    }

    static String toJson(MigrationPlan plan) {
        return JSON.writeValueAsString(plan);
    }

    static MigrationPlan fromJson(String json) {
        return JSON.readValue(json, MigrationPlan.class);
    }

    /** @throws io.luodi.migration.engine.plan.PlanException naming every problem and where it is */
    static MigrationPlan readYaml(String yaml) {
        return PlanYaml.read(yaml);
    }

    static String toYaml(MigrationPlan plan) {
        return PlanYaml.write(plan);
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "step")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = Transform.Trim.class, name = "trim"),
            @JsonSubTypes.Type(value = Transform.Case.class, name = "case"),
            @JsonSubTypes.Type(value = Transform.ParseDate.class, name = "date"),
            @JsonSubTypes.Type(value = Transform.ParseNumber.class, name = "number"),
            @JsonSubTypes.Type(value = Transform.Lookup.class, name = "lookup"),
            @JsonSubTypes.Type(value = Transform.Default.class, name = "default"),
            @JsonSubTypes.Type(value = Transform.Concat.class, name = "concat"),
            @JsonSubTypes.Type(value = Transform.Split.class, name = "split"),
            @JsonSubTypes.Type(value = Transform.RegexReplace.class, name = "regex")})
    private interface TransformTypes {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "check")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = Validation.Range.class, name = "range"),
            @JsonSubTypes.Type(value = Validation.Pattern.class, name = "pattern"),
            @JsonSubTypes.Type(value = Validation.IdCard.class, name = "idCard"),
            @JsonSubTypes.Type(value = Validation.Phone.class, name = "phone"),
            @JsonSubTypes.Type(value = Validation.Reference.class, name = "reference")})
    private interface ValidationTypes {
    }
}
