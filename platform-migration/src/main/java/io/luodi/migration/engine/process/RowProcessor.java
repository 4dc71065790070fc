package io.luodi.migration.engine.process;

import io.luodi.migration.engine.load.TargetColumn;
import io.luodi.migration.engine.load.TargetTable;
import io.luodi.migration.engine.plan.Cleaning;
import io.luodi.migration.engine.plan.DatasetPlan;
import io.luodi.migration.engine.plan.FieldMapping;
import io.luodi.migration.engine.plan.MigrationPlan;
import io.luodi.migration.engine.plan.PlanException;
import io.luodi.migration.engine.plan.PlanProblem;
import io.luodi.migration.engine.plan.Transform;
import io.luodi.migration.engine.plan.Validation;
import io.luodi.migration.engine.source.SourceRow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns source rows of one dataset into target values or rejections: the dataset's cleaning, then per field its
 * transforms, required flag, length limits, validations and the coercion to the target column's type.
 *
 * <p>Everything is compiled in the constructor, which also checks the mapping against the source header and the
 * target table and throws one {@link PlanException} listing every problem. {@link #process} then neither compiles
 * nor throws; a row is rejected with one {@link Rejection} per failing field. Instances are immutable and may be
 * shared between threads. De-duplication on the key spans rows and is left to the caller ({@link #keyPositions}).
 */
public final class RowProcessor {

    private final int headerSize;
    private final int[] usedColumns;
    private final TextCleaner cleaner;
    private final FieldProcessor[] fields;
    private final List<String> targetColumns;
    private final List<Integer> keyPositions;

    public RowProcessor(MigrationPlan plan, DatasetPlan dataset, List<String> header, TargetTable table) {
        this(plan, dataset, header, table, LocalDate.now());
    }

    /** @param today what {@code today} in a range and the latest ID-card birth date mean */
    RowProcessor(MigrationPlan plan, DatasetPlan dataset, List<String> header, TargetTable table, LocalDate today) {
        List<PlanProblem> problems = new ArrayList<>();
        String datasetPath = "datasets[" + Math.max(0, plan.datasets().indexOf(dataset)) + "]";
        Map<String, Integer> columns = headerIndex(header);
        Set<Integer> used = new LinkedHashSet<>();
        List<FieldProcessor> compiled = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        for (int i = 0; i < dataset.fields().size(); i++) {
            FieldMapping field = dataset.fields().get(i);
            String path = datasetPath + ".fields[" + i + "]";
            targets.add(field.target());
            FieldProcessor processor = compile(plan, field, path, columns, header, table, today, problems);
            if (processor != null) {
                compiled.add(processor);
                for (String source : field.sources()) {
                    Integer index = columns.get(source);
                    if (index != null) {
                        used.add(index);
                    }
                }
            }
        }
        List<Integer> keys = new ArrayList<>();
        for (int i = 0; i < dataset.target().key().size(); i++) {
            String key = dataset.target().key().get(i);
            int position = targets.indexOf(key);
            if (position < 0) {
                problems.add(PlanProblem.of("migration.plan.notAField", datasetPath + ".target.key[" + i + "]", key));
            }
            keys.add(position);
        }
        for (String primaryKey : table.primaryKey()) {
            if (!targets.contains(primaryKey)) {
                problems.add(PlanProblem.of("migration.mapping.primaryKeyNotMapped", datasetPath, primaryKey,
                        table.name()));
            }
        }
        for (int i = 0; i < dataset.reconcileSums().size(); i++) {
            String sum = dataset.reconcileSums().get(i);
            String path = datasetPath + ".reconcile.sums[" + i + "]";
            if (!targets.contains(sum)) {
                problems.add(PlanProblem.of("migration.plan.notAField", path, sum));
            } else {
                table.column(sum).filter(c -> !ColumnType.of(c).isNumeric()).ifPresent(c ->
                        problems.add(PlanProblem.of("migration.mapping.sumNotNumeric", path, sum, c.type())));
            }
        }
        if (dataset.watermark() != null && !targets.contains(dataset.watermark())) {
            problems.add(PlanProblem.of("migration.plan.notAField", datasetPath + ".watermark",
                    dataset.watermark()));
        }
        if (!problems.isEmpty()) {
            throw new PlanException(problems);
        }
        this.headerSize = header.size();
        this.usedColumns = used.stream().mapToInt(Integer::intValue).toArray();
        // a plan made in code may leave cleaning out: then values are taken as they are
        this.cleaner = new TextCleaner(dataset.cleaning() == null ? new Cleaning(false, false, false, null)
                : dataset.cleaning());
        this.fields = compiled.toArray(FieldProcessor[]::new);
        this.targetColumns = List.copyOf(targets);
        this.keyPositions = List.copyOf(keys);
    }

    /** The target columns the values of an accepted row are for, in order: the dataset's field targets. */
    public List<String> targetColumns() {
        return targetColumns;
    }

    /** Where the dataset's key columns are among {@link #targetColumns()}, in key order. */
    public List<Integer> keyPositions() {
        return keyPositions;
    }

    public RowOutcome process(SourceRow row) {
        List<String> values = row.values();
        if (values.size() != headerSize && !onlyBlanksBeyondHeader(values)) {
            return new RowOutcome.Rejected(row.line(), List.of(new Rejection(row.line(), null,
                    String.valueOf(values.size()), Failure.BAD_FIELD_COUNT.reason())));
        }
        String[] cleaned = new String[headerSize];
        for (int index : usedColumns) {
            cleaned[index] = cleaner.clean(values.get(index));
        }
        Object[] out = new Object[fields.length];
        List<Rejection> rejections = null;
        for (int i = 0; i < fields.length; i++) {
            Object value = fields[i].process(cleaned);
            if (value instanceof Failure failure) {
                if (rejections == null) {
                    rejections = new ArrayList<>(2);
                }
                rejections.add(new Rejection(row.line(), fields[i].rejectionColumn(), fields[i].rawValue(values),
                        failure.reason()));
            } else {
                out[i] = value;
            }
        }
        return rejections == null ? new RowOutcome.Accepted(row.line(), Arrays.asList(out))
                : new RowOutcome.Rejected(row.line(), rejections);
    }

    /** A row longer than the header only by empty trailing fields (a trailing delimiter) is fine. */
    private boolean onlyBlanksBeyondHeader(List<String> values) {
        if (values.size() < headerSize) {
            return false;
        }
        for (int i = headerSize; i < values.size(); i++) {
            if (!Values.isBlank(values.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Header names as given; a name also answers without surrounding blanks or a byte-order mark. */
    private static Map<String, Integer> headerIndex(List<String> header) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i) == null ? "" : header.get(i);
            index.putIfAbsent(name, i);
        }
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i) == null ? "" : header.get(i).replace("\uFEFF", "").strip();
            index.putIfAbsent(name, i);
        }
        return index;
    }

    private static FieldProcessor compile(MigrationPlan plan, FieldMapping field, String path,
                                          Map<String, Integer> columns, List<String> header, TargetTable table,
                                          LocalDate today, List<PlanProblem> problems) {
        int before = problems.size();
        TargetColumn column = table.column(field.target()).orElse(null);
        if (column == null) {
            problems.add(PlanProblem.of("migration.mapping.unknownTargetColumn", path + ".target", field.target(),
                    table.name()));
        }
        boolean constant = field.constant() != null;
        if (constant && !field.sources().isEmpty()) {
            problems.add(PlanProblem.of("migration.plan.sourceAndConstant", path));
        } else if (!constant && field.sources().isEmpty()) {
            problems.add(PlanProblem.of("migration.plan.noSource", path));
        }
        int[] indexes = new int[field.sources().size()];
        for (int i = 0; i < indexes.length; i++) {
            String source = field.sources().get(i);
            Integer index = columns.get(source);
            if (index == null) {
                problems.add(PlanProblem.of("migration.mapping.unknownSourceColumn", path, source,
                        String.join(", ", header)));
            } else {
                indexes[i] = index;
            }
        }
        List<Step> beforeConcat = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        String separator = null;
        for (int i = 0; i < field.transforms().size(); i++) {
            Transform transform = field.transforms().get(i);
            if (transform instanceof Transform.Concat concat) {
                if (separator == null) {
                    separator = concat.separator() == null ? "" : concat.separator();
                    beforeConcat.addAll(steps);
                    steps.clear();
                }
                continue;
            }
            Step step = Steps.compile(transform, plan, path + ".transforms[" + i + "]", problems);
            if (step != null) {
                steps.add(step);
            }
        }
        if (field.sources().size() > 1 && separator == null) {
            problems.add(PlanProblem.of("migration.plan.severalSourcesWithoutConcat", path));
        }
        List<Check> checks = new ArrayList<>();
        for (int i = 0; i < field.validations().size(); i++) {
            Validation validation = field.validations().get(i);
            Check check = Checks.compile(validation, today, path + ".validate[" + i + "]", problems);
            if (check != null) {
                checks.add(check);
            }
        }
        if (problems.size() > before || column == null) {
            return null;
        }
        ColumnType type = ColumnType.of(column);
        String rejectionColumn = field.sources().size() == 1 ? field.sources().get(0) : field.target();
        // a NOT NULL column cannot take a blank, so a blank rejects the row here with its reason, not the load
        boolean required = field.required() || !column.nullable();
        FieldProcessor processor = new FieldProcessor(indexes, field.constant(), beforeConcat, separator, steps,
                required, field.maxLength(), checks, type, rejectionColumn);
        if (constant && processor.process(new String[0]) instanceof Failure failure) {
            problems.add(PlanProblem.of("migration.mapping.badConstant", path + ".constant", field.constant(),
                    column.type(), failure.reason()));
            return null;
        }
        return processor;
    }
}
