package io.luodi.migration.planning;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.NotFoundException;
import io.luodi.core.audit.AuditAction;
import io.luodi.core.audit.AuditLog;
import io.luodi.core.project.ProjectAccess;
import io.luodi.migration.engine.plan.Cleaning;
import io.luodi.migration.engine.plan.DatasetPlan;
import io.luodi.migration.engine.plan.FieldMapping;
import io.luodi.migration.engine.plan.Transform;
import io.luodi.migration.engine.plan.MigrationPlan;
import io.luodi.migration.engine.plan.SourceSpec;
import io.luodi.migration.engine.plan.TargetSpec;
import io.luodi.core.export.ExportedFile;
import io.luodi.core.export.SheetWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A project's migration plans, for the implementer's staff: creating one, adding datasets from an uploaded file or
 * a query, and every change to the mapping, cleaning, dictionaries or the plan's YAML, each saved as a new version
 * (runs name the version they used). Customers never reach these: for them a plan does not exist.
 */
@Service
@Transactional(readOnly = true)
public class MigrationPlans {

    private static final int DEFAULT_SPOT_CHECKS = 10;

    private final StoredPlanRepository plans;
    private final PlanVersionRepository versions;
    private final DatasetRepository datasets;
    private final UploadedFiles files;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;

    MigrationPlans(StoredPlanRepository plans, PlanVersionRepository versions, DatasetRepository datasets,
                   UploadedFiles files, MessageSource messages, AuditLog audit, Clock clock) {
        this.messages = messages;
        this.plans = plans;
        this.versions = versions;
        this.datasets = datasets;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    public List<PlanSummary> list(ProjectAccess access) {
        requireStaff(access);
        return plans.findByProjectIdOrderByName(access.projectId()).stream()
                .map(p -> new PlanSummary(p.getId(), p.getName(), p.getCurrentVersion(),
                        datasets.countByPlanId(p.getId()), p.getCreatedBy(), p.getCreatedAt()))
                .toList();
    }

    @Transactional
    public long create(ProjectAccess access, PlanForm form) {
        requireStaff(access);
        String name = form.name().strip();
        if (plans.existsByProjectIdAndName(access.projectId(), name)) {
            throw BusinessRuleException.onField("name", "migration.plan.nameTaken", name);
        }
        StoredPlan plan = plans.saveAndFlush(new StoredPlan(access.projectId(), name, by(access), clock.instant()));
        versions.save(new PlanVersion(plan.getId(), 1,
                PlanCodec.toJson(new MigrationPlan(name, 1, Map.of(), List.of())), null, by(access), clock.instant()));
        audit.record(AuditAction.CREATE, "migration-plan", plan.getId(), access.projectId(), name);
        return plan.getId();
    }

    public PlanView view(ProjectAccess access, long planId) {
        requireStaff(access);
        StoredPlan plan = plan(access, planId);
        MigrationPlan content = content(plan.getId(), plan.getCurrentVersion());
        Set<String> names = content.datasets().stream().map(DatasetPlan::name).collect(Collectors.toSet());
        return new PlanView(plan.getId(), plan.getProjectId(), plan.getName(), plan.getCurrentVersion(),
                plan.getVersion(), content,
                versions.findByPlanIdOrderByNumberDesc(planId).stream().map(PlanVersion::view).toList(),
                datasets.findByPlanIdOrderByName(planId).stream().filter(d -> names.contains(d.getName()))
                        .map(Dataset::view).toList());
    }

    public DatasetView dataset(ProjectAccess access, long planId, long datasetId) {
        plan(access, planId);
        return datasets.findByIdAndPlanId(datasetId, planId).map(Dataset::view)
                .orElseThrow(() -> new NotFoundException("dataset " + datasetId));
    }

    /** A saved version of the plan as it was; for runs, which record and use the version they were started on. */
    public MigrationPlan version(ProjectAccess access, long planId, int number) {
        plan(access, planId);
        return content(planId, number);
    }

    /** A saved version as YAML, the plan file format. */
    public String yaml(ProjectAccess access, long planId, int number) {
        requireStaff(access);
        plan(access, planId);
        return PlanCodec.toYaml(content(planId, number));
    }

    /** The plan's name and current version number, for file names and forms. */
    public PlanSummary summary(ProjectAccess access, long planId) {
        requireStaff(access);
        StoredPlan plan = plan(access, planId);
        return new PlanSummary(plan.getId(), plan.getName(), plan.getCurrentVersion(),
                datasets.countByPlanId(planId), plan.getCreatedBy(), plan.getCreatedAt());
    }

    /** Where the dataset's uploaded file is on disk, or null when it has none. */
    public Path sourceFile(ProjectAccess access, long planId, long datasetId) {
        plan(access, planId);
        Dataset dataset = datasets.findByIdAndPlanId(datasetId, planId)
                .orElseThrow(() -> new NotFoundException("dataset " + datasetId));
        return dataset.getFilePath() == null ? null : files.resolve(dataset.getFilePath());
    }

    /** A dataset read from an uploaded file; the plan's source spec leaves encoding, delimiter and header to detection. */
    @Transactional
    public long addFileDataset(ProjectAccess access, long planId, String datasetName, MultipartFile upload) {
        return addFileDataset(access, planId, datasetName, () -> files.store(access.projectId(), upload));
    }

    /** The same from a file that does not come from a form (the demo data). */
    @Transactional
    public long addFileDataset(ProjectAccess access, long planId, String datasetName, String fileName, long size,
                               org.springframework.core.io.InputStreamSource content) {
        return addFileDataset(access, planId, datasetName,
                () -> files.store(access.projectId(), fileName, size, content));
    }

    private long addFileDataset(ProjectAccess access, long planId, String datasetName,
                                java.util.function.Supplier<StoredFile> upload) {
        requireStaff(access);
        StoredPlan plan = plan(access, planId);
        String name = datasetName(plan, datasetName);
        StoredFile file = upload.get();
        Dataset dataset = datasets.findByPlanIdAndName(planId, name).orElseGet(() -> new Dataset(planId, name));
        dataset.attach(file, by(access), clock.instant());
        datasets.saveAndFlush(dataset);
        DatasetPlan added = new DatasetPlan(name, false,
                new SourceSpec(file.originalName(), null, null, null, null, null),
                new TargetSpec(null, List.of(), null), Cleaning.standard(), List.of(), List.of(),
                DEFAULT_SPOT_CHECKS, null);
        save(access, plan, withDataset(content(planId, plan.getCurrentVersion()), added), "+ " + name);
        audit.record(AuditAction.CREATE, "migration-dataset", dataset.getId(), access.projectId(),
                name + " from " + file.originalName() + " sha256 " + file.sha256());
        return dataset.getId();
    }

    /** A dataset read with a SELECT on a source database component of the project's environments. */
    @Transactional
    public long addQueryDataset(ProjectAccess access, long planId, String datasetName, long componentId,
                                String query) {
        requireStaff(access);
        StoredPlan plan = plan(access, planId);
        String name = datasetName(plan, datasetName);
        if (query == null || query.isBlank()) {
            throw BusinessRuleException.onField("query", "migration.dataset.queryRequired");
        }
        Dataset dataset = datasets.findByPlanIdAndName(planId, name)
                .orElseGet(() -> datasets.saveAndFlush(new Dataset(planId, name)));
        DatasetPlan added = new DatasetPlan(name, false,
                new SourceSpec(null, null, null, null, query.strip(), String.valueOf(componentId)),
                new TargetSpec(null, List.of(), null), Cleaning.standard(), List.of(), List.of(),
                DEFAULT_SPOT_CHECKS, null);
        save(access, plan, withDataset(content(planId, plan.getCurrentVersion()), added), "+ " + name);
        audit.record(AuditAction.CREATE, "migration-dataset", dataset.getId(), access.projectId(),
                name + " from query on component " + componentId);
        return dataset.getId();
    }

    /** A new file for the dataset: kept beside the old one's record in the runs that used it. */
    @Transactional
    public void replaceFile(ProjectAccess access, long planId, long datasetId, MultipartFile upload) {
        requireStaff(access);
        StoredPlan plan = plan(access, planId);
        Dataset dataset = datasets.findByIdAndPlanId(datasetId, planId)
                .orElseThrow(() -> new NotFoundException("dataset " + datasetId));
        StoredFile file = files.store(access.projectId(), upload);
        dataset.attach(file, by(access), clock.instant());
        MigrationPlan content = content(planId, plan.getCurrentVersion());
        DatasetPlan current = datasetIn(content, dataset.getName());
        SourceSpec source = current.source();
        DatasetPlan changed = new DatasetPlan(current.name(), current.critical(),
                new SourceSpec(file.originalName(), source.encoding(), source.delimiter(), source.headerRow(), null,
                        null),
                current.target(), current.cleaning(), current.fields(), current.reconcileSums(), current.spotChecks(),
                current.watermark());
        save(access, plan, withDataset(content, changed), dataset.getName() + ": " + file.originalName());
        audit.record(AuditAction.UPDATE, "migration-dataset", datasetId, access.projectId(),
                "new file " + file.originalName() + " sha256 " + file.sha256());
    }

    /**
     * Changes one dataset of the current version and saves the result as the next version.
     *
     * @param expectedVersion the plan version the form was made from; a save since then is refused as stale
     * @return the new version's number
     */
    @Transactional
    public int changeDataset(ProjectAccess access, long planId, long datasetId, int expectedVersion,
                             UnaryOperator<DatasetPlan> change, String note) {
        requireStaff(access);
        StoredPlan plan = plan(access, planId);
        if (plan.getCurrentVersion() != expectedVersion) {
            throw new BusinessRuleException("migration.plan.stale", plan.getCurrentVersion());
        }
        Dataset dataset = datasets.findByIdAndPlanId(datasetId, planId)
                .orElseThrow(() -> new NotFoundException("dataset " + datasetId));
        MigrationPlan content = content(planId, plan.getCurrentVersion());
        DatasetPlan changed = change.apply(datasetIn(content, dataset.getName()));
        if (!changed.name().equals(dataset.getName())) {
            throw new IllegalArgumentException("A dataset keeps its name");
        }
        int number = save(access, plan, withDataset(content, changed), note);
        audit.record(AuditAction.UPDATE, "migration-plan", planId, access.projectId(),
                "v" + number + " " + dataset.getName() + ": " + note);
        return number;
    }

    /** The file's encoding, delimiter and header row: blank ones are left to detection. */
    @Transactional
    public int applySource(ProjectAccess access, long planId, long datasetId, SourceForm form) {
        String encoding = blankToNull(form.encoding());
        if (encoding != null && !java.nio.charset.Charset.isSupported(encoding)) {
            throw BusinessRuleException.onField("encoding", "migration.source.unknownEncoding", encoding);
        }
        String delimiterText = form.delimiter() == null ? "" : form.delimiter();
        Character delimiter = delimiterText.isEmpty() ? null
                : "TAB".equalsIgnoreCase(delimiterText) ? Character.valueOf('\t')
                : delimiterText.length() == 1 ? Character.valueOf(delimiterText.charAt(0)) : null;
        if (!delimiterText.isEmpty() && delimiter == null) {
            throw BusinessRuleException.onField("delimiter", "migration.source.badDelimiter", delimiterText);
        }
        Integer headerRow = form.headerRow();
        return changeDataset(access, planId, datasetId, form.planVersion(), current -> {
            SourceSpec source = current.source();
            return new DatasetPlan(current.name(), current.critical(), new SourceSpec(source.file(), encoding,
                    delimiter, headerRow, source.query(), source.database()), current.target(), current.cleaning(),
                    current.fields(), current.reconcileSums(), current.spotChecks(), current.watermark());
        }, "source " + (encoding == null ? "auto" : encoding) + " / " + (delimiter == null ? "auto"
                : delimiter == '\t' ? "TAB" : delimiter) + " / " + (headerRow == null ? "auto" : headerRow));
    }

    /**
     * The target table, key, critical flag, spot checks, reconciled sums, watermark and cleaning, checked against
     * the table as the database describes it: columns it lacks are refused on their field.
     */
    @Transactional
    public int applyTarget(ProjectAccess access, long planId, long datasetId, TargetForm form,
                           io.luodi.migration.engine.load.TargetTable table) {
        List<String> key = columns(form.key());
        if (key.isEmpty()) {
            key = table.primaryKey();
        }
        if (key.isEmpty()) {
            throw BusinessRuleException.onField("key", "migration.target.keyRequired", table.name());
        }
        requireColumns(table, key, "key");
        List<String> sums = columns(form.reconcileSums());
        requireColumns(table, sums, "reconcileSums");
        String watermark = blankToNull(form.watermark());
        if (watermark != null) {
            requireColumns(table, List.of(watermark), "watermark");
        }
        Cleaning.Dedupe dedupe = null;
        if (form.dedupe() != null && !form.dedupe().isBlank()) {
            try {
                dedupe = Cleaning.Dedupe.valueOf(form.dedupe());
            } catch (IllegalArgumentException e) {
                throw BusinessRuleException.onField("dedupe", "migration.cleaning.dedupe.unknown", form.dedupe());
            }
        }
        Cleaning.Dedupe keep = dedupe;
        Cleaning cleaning = new Cleaning(Boolean.TRUE.equals(form.trim()), Boolean.TRUE.equals(form.stripControl()),
                Boolean.TRUE.equals(form.fullWidthToHalf()), keep);
        TargetSpec target = new TargetSpec(form.table().strip(), key, String.valueOf(form.targetComponent()));
        int spotChecks = form.spotChecks() == null ? DEFAULT_SPOT_CHECKS : form.spotChecks();
        boolean critical = Boolean.TRUE.equals(form.critical());
        return changeDataset(access, planId, datasetId, form.planVersion(), current -> new DatasetPlan(
                current.name(), critical, current.source(), target, cleaning, current.fields(), sums, spotChecks,
                watermark), "target " + target.table() + (critical ? " (critical)" : ""));
    }

    /**
     * The mapping table: rows with a source column or a constant become the dataset's fields, in the table's
     * column order; a transform or validation line that is not understood is refused on its row.
     */
    @Transactional
    public int applyMapping(ProjectAccess access, long planId, long datasetId, MappingForm form) {
        List<FieldMapping> fields = new ArrayList<>();
        for (int i = 0; i < form.fields().size(); i++) {
            MappingForm.Row row = form.fields().get(i);
            List<String> sources = new ArrayList<>(row.sources().stream().filter(s -> s != null && !s.isBlank())
                    .toList());
            for (String typed : columns(row.sourceText())) {
                if (!sources.contains(typed)) {
                    sources.add(typed);
                }
            }
            String constant = row.constant() == null || row.constant().isEmpty() ? null : row.constant();
            if (row.target() == null || row.target().isBlank() || (sources.isEmpty() && constant == null)) {
                continue;
            }
            String path = "fields[" + i + "]";
            if (!sources.isEmpty() && constant != null) {
                throw BusinessRuleException.onField(path + ".constant", "migration.mapping.sourceOrConstant",
                        row.target());
            }
            List<Transform> transforms = StepText.transforms(row.transforms(), path + ".transforms", row.target());
            if (sources.size() > 1 && transforms.stream().noneMatch(t -> t instanceof Transform.Concat)) {
                throw BusinessRuleException.onField(path + ".transforms", "migration.mapping.concatNeeded",
                        row.target());
            }
            fields.add(new FieldMapping(row.target(), constant == null ? sources : List.of(), constant,
                    Boolean.TRUE.equals(row.required()), row.maxLength(), transforms,
                    StepText.validations(row.validations(), path + ".validations", row.target())));
        }
        return changeDataset(access, planId, datasetId, form.planVersion(), current -> new DatasetPlan(
                current.name(), current.critical(), current.source(), current.target(), current.cleaning(), fields,
                current.reconcileSums(), current.spotChecks(), current.watermark()),
                "mapping: " + fields.size() + " fields");
    }

    /** Adds or replaces a dictionary from its {@code old=new} lines. */
    @Transactional
    public int putDictionary(ProjectAccess access, long planId, DictionaryForm form) {
        Map<String, String> entries = new LinkedHashMap<>();
        int number = 0;
        for (String line : form.entries().lines().toList()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals <= 0) {
                throw BusinessRuleException.onField("entries", "migration.dictionary.badLine", number, line.strip());
            }
            entries.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
        }
        return putDictionary(access, planId, form.name().strip(), entries);
    }

    /** Adds or replaces a dictionary of old → new codes. */
    @Transactional
    public int putDictionary(ProjectAccess access, long planId, String name, Map<String, String> entries) {
        requireStaff(access);
        StoredPlan plan = plan(access, planId);
        MigrationPlan content = content(planId, plan.getCurrentVersion());
        Map<String, Map<String, String>> dictionaries = new LinkedHashMap<>(content.dictionaries());
        dictionaries.put(name, Map.copyOf(entries));
        int number = save(access, plan, new MigrationPlan(content.name(), content.version(), dictionaries,
                content.datasets()), "dictionary " + name);
        audit.record(AuditAction.UPDATE, "migration-plan", planId, access.projectId(),
                "v" + number + " dictionary " + name + " (" + entries.size() + " codes)");
        return number;
    }

    /**
     * Saves a whole plan from YAML (edited in the page or imported from a file) as the next version. Datasets it
     * names that the plan did not have are added, without a file until one is uploaded.
     *
     * @throws io.luodi.migration.engine.plan.PlanException naming every problem and where it is; nothing is saved
     */
    @Transactional
    public int saveYaml(ProjectAccess access, long planId, String yaml, String note) {
        requireStaff(access);
        StoredPlan plan = plan(access, planId);
        MigrationPlan read = PlanCodec.readYaml(yaml == null ? "" : yaml);
        MigrationPlan renamed = new MigrationPlan(plan.getName(), read.version(), read.dictionaries(),
                read.datasets());
        for (DatasetPlan dataset : renamed.datasets()) {
            if (datasets.findByPlanIdAndName(planId, dataset.name()).isEmpty()) {
                datasets.save(new Dataset(planId, dataset.name()));
            }
        }
        int number = save(access, plan, renamed, note == null || note.isBlank() ? "YAML" : note);
        audit.record(AuditAction.UPDATE, "migration-plan", planId, access.projectId(), "v" + number + " from YAML");
        return number;
    }

    /**
     * The current version's field mappings as one sheet for the customer to review: per dataset and target column
     * its source columns or constant, whether it is required, its length limit, transforms and validations.
     */
    public ExportedFile mappingSheet(ProjectAccess access, long planId, Locale locale) {
        requireStaff(access);
        StoredPlan plan = plan(access, planId);
        MigrationPlan content = content(planId, plan.getCurrentVersion());
        List<String> headers = List.of("dataset", "critical", "table", "key", "target", "sources", "constant",
                "required", "maxLength", "transforms", "validations").stream()
                .map(h -> messages.getMessage("migration.mapping.sheet." + h, null, h, locale)).toList();
        String yes = messages.getMessage("migration.yes", null, "yes", locale);
        byte[] bytes = SheetWriter.streamedWorkbook(messages.getMessage("migration.mapping.sheet.name", null,
                "Mapping", locale), headers, List.of(16, 8, 20, 16, 20, 24, 14, 8, 8, 40, 30), sheet -> {
            for (DatasetPlan dataset : content.datasets()) {
                for (FieldMapping field : dataset.fields()) {
                    sheet.row(java.util.Arrays.asList(dataset.name(), dataset.critical() ? yes : "",
                            dataset.target().table(), String.join(", ", dataset.target().key()), field.target(),
                            String.join(", ", field.sources()), field.constant(), field.required() ? yes : "",
                            field.maxLength(), StepText.format(field.transforms()),
                            StepText.formatValidations(field.validations())));
                }
            }
        });
        audit.recordSecurityEvent(AuditAction.EXPORT, access.user().username(), "migration-plan", planId,
                access.projectId(), "field mapping v" + plan.getCurrentVersion() + " as xlsx");
        return ExportedFile.xlsx(plan.getName() + "-v" + plan.getCurrentVersion() + "-mapping", bytes);
    }

    /** Records the sign-off of a dataset; the caller has checked the rule for it. */
    @Transactional
    public void recordSignOff(ProjectAccess access, long planId, long datasetId, long runId) {
        plan(access, planId);
        Dataset dataset = datasets.findByIdAndPlanId(datasetId, planId)
                .orElseThrow(() -> new NotFoundException("dataset " + datasetId));
        dataset.signOff(runId, access.user().displayName(), clock.instant());
        datasets.saveAndFlush(dataset);
        audit.record(AuditAction.UPDATE, "migration-dataset", datasetId, access.projectId(),
                "signed off " + dataset.getName() + " on run " + runId);
    }

    /**
     * Every dataset of the project's plans with its sign-off and critical flag: what the customer may see of the
     * plans. Each plan's current version is read once.
     */
    public List<ProjectDataset> datasetsOfProject(ProjectAccess access) {
        List<ProjectDataset> all = new ArrayList<>();
        for (StoredPlan plan : plans.findByProjectIdOrderByName(access.projectId())) {
            Map<String, Boolean> critical = content(plan.getId(), plan.getCurrentVersion()).datasets().stream()
                    .collect(Collectors.toMap(DatasetPlan::name, DatasetPlan::critical));
            datasets.findByPlanIdOrderByName(plan.getId()).stream().filter(d -> critical.containsKey(d.getName()))
                    .map(d -> new ProjectDataset(plan.getName(), d.view(), critical.get(d.getName())))
                    .forEach(all::add);
        }
        return all;
    }

    /** A dataset's name by id, for run lists; the caller has found the run in the reader's project. */
    public String datasetName(long datasetId) {
        return datasets.findById(datasetId).map(Dataset::getName).orElse("?");
    }

    public boolean isCritical(ProjectAccess access, long planId, String datasetName) {
        StoredPlan plan = plan(access, planId);
        return content(planId, plan.getCurrentVersion()).datasets().stream()
                .anyMatch(d -> d.name().equals(datasetName) && d.critical());
    }

    private int save(ProjectAccess access, StoredPlan plan, MigrationPlan content, String note) {
        int number = plan.advance();
        MigrationPlan numbered = new MigrationPlan(plan.getName(), number, content.dictionaries(), content.datasets());
        versions.save(new PlanVersion(plan.getId(), number, PlanCodec.toJson(numbered), note, by(access),
                clock.instant()));
        plans.saveAndFlush(plan);
        return number;
    }

    private MigrationPlan content(long planId, int number) {
        return PlanCodec.fromJson(versions.findByPlanIdAndNumber(planId, number)
                .orElseThrow(() -> new NotFoundException("plan version " + number)).getContent());
    }

    private static MigrationPlan withDataset(MigrationPlan plan, DatasetPlan dataset) {
        List<DatasetPlan> list = new ArrayList<>(plan.datasets());
        int at = -1;
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).name().equals(dataset.name())) {
                at = i;
            }
        }
        if (at < 0) {
            list.add(dataset);
        } else {
            list.set(at, dataset);
        }
        return new MigrationPlan(plan.name(), plan.version(), plan.dictionaries(), list);
    }

    private static DatasetPlan datasetIn(MigrationPlan plan, String name) {
        return plan.datasets().stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFoundException("dataset " + name + " in the current plan version"));
    }

    private String datasetName(StoredPlan plan, String requested) {
        String name = requested == null ? "" : requested.strip();
        if (name.isEmpty() || name.length() > 100) {
            throw BusinessRuleException.onField("name", "migration.dataset.nameRequired");
        }
        if (content(plan.getId(), plan.getCurrentVersion()).datasets().stream().anyMatch(d -> d.name().equals(name))) {
            throw BusinessRuleException.onField("name", "migration.dataset.nameTaken", name);
        }
        return name;
    }

    private StoredPlan plan(ProjectAccess access, long planId) {
        return plans.findByIdAndProjectId(planId, access.projectId())
                .orElseThrow(() -> new NotFoundException("migration plan " + planId));
    }

    private static void requireColumns(io.luodi.migration.engine.load.TargetTable table, List<String> names,
                                       String field) {
        for (String name : names) {
            if (table.column(name).isEmpty()) {
                throw BusinessRuleException.onField(field, "migration.target.noColumn", table.name(), name);
            }
        }
    }

    static List<String> columns(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(text.split("[,，]")).map(String::strip).filter(c -> !c.isEmpty()).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String by(ProjectAccess access) {
        return access.user().username();
    }

    /** Plans are the implementer's working material; for customers they do not exist. */
    private static void requireStaff(ProjectAccess access) {
        if (!access.seesInternal()) {
            throw new NotFoundException("migration plans of project " + access.projectId());
        }
    }
}
