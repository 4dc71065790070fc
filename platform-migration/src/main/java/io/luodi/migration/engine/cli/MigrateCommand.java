package io.luodi.migration.engine.cli;

import io.luodi.migration.engine.plan.DatasetPlan;
import io.luodi.migration.engine.plan.MigrationPlan;
import io.luodi.migration.engine.plan.PlanException;
import io.luodi.migration.engine.plan.PlanYaml;
import io.luodi.migration.engine.plan.SourceSpec;
import io.luodi.migration.engine.rejects.RejectedRowsWriter;
import io.luodi.migration.engine.report.RunReportJson;
import io.luodi.migration.engine.run.Jdbc;
import io.luodi.migration.engine.run.MigrationRunner;
import io.luodi.migration.engine.run.RunReport;
import io.luodi.migration.engine.run.RunRequest;
import io.luodi.migration.engine.text.Texts;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The migration engine from the command line, for on-site work where the web application cannot reach the
 * customer's network (usage in {@code docs/migration-cli.md}):
 *
 * <pre>
 * java -jar luodi-migrate.jar --plan plan.yaml --dataset patients --source patients.csv \
 *     --target jdbc:postgresql://host/db --mode FULL --report report.json --rejects rejects.xlsx
 * </pre>
 *
 * Exit codes: 0 done; 1 a critical dataset did not reconcile exactly; 2 a usage, plan, source or target error or a
 * failed run. Target credentials come from {@code LUODI_TARGET_USER}/{@code LUODI_TARGET_PASSWORD}, a query
 * source's from {@code LUODI_SOURCE_USER}/{@code LUODI_SOURCE_PASSWORD}.
 */
public final class MigrateCommand {

    public static final int DONE = 0;
    public static final int NOT_RECONCILED = 1;
    public static final int ERROR = 2;

    private MigrateCommand() {
    }

    public static void main(String[] args) {
        quietLogging();
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, System.getenv(), out, err);
    }

    static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        Locale locale = CommandArguments.locale(args);
        Texts texts = Texts.of(locale);
        if (args.length == 0 || CommandArguments.wantsHelp(args)) {
            (args.length == 0 ? err : out).println(texts.get("migration.cli.usage"));
            return args.length == 0 ? ERROR : DONE;
        }
        CommandArguments arguments;
        try {
            arguments = CommandArguments.parse(args);
        } catch (CommandArguments.UsageException e) {
            err.println(texts.get(e.key, e.args));
            err.println(texts.get("migration.cli.usage"));
            return ERROR;
        }
        MigrationPlan plan;
        try {
            plan = PlanYaml.read(arguments.plan());
        } catch (PlanException e) {
            err.println(texts.get("migration.cli.planInvalid", arguments.plan(), e.describe(locale)));
            return ERROR;
        } catch (RuntimeException e) {
            err.println(texts.get("migration.cli.planUnreadable", arguments.plan(), message(e)));
            return ERROR;
        }
        String datasetName = arguments.dataset();
        if (datasetName == null) {
            if (plan.datasets().size() != 1) {
                err.println(texts.get("migration.cli.usage.dataset", names(plan)));
                return ERROR;
            }
            datasetName = plan.datasets().get(0).name();
        }
        String wanted = datasetName;
        DatasetPlan dataset = plan.datasets().stream().filter(d -> d.name().equals(wanted)).findFirst().orElse(null);
        if (dataset == null) {
            err.println(texts.get("migration.cli.usage.noDataset", datasetName, names(plan)));
            return ERROR;
        }
        if (dataset.source().isQuery() != (arguments.sourceUrl() != null)) {
            err.println(texts.get(dataset.source().isQuery() ? "migration.cli.usage.queryNeedsUrl"
                    : "migration.cli.usage.fileNeedsSource", dataset.name()));
            return ERROR;
        }
        if (arguments.source() != null && !Files.isReadable(arguments.source())) {
            err.println(texts.get("migration.run.failure.noFile", arguments.source()));
            return ERROR;
        }
        MigrationPlan runPlan = withEncoding(plan, dataset, arguments.encoding());
        RunRequest request = new RunRequest(runPlan, dataset.name(), arguments.mode(), arguments.sample(),
                arguments.random(), arguments.source(),
                arguments.source() == null ? null : arguments.source().getFileName().toString(),
                arguments.sourceUrl() == null ? null : new Jdbc(arguments.sourceUrl(),
                        environment.get("LUODI_SOURCE_USER"), environment.get("LUODI_SOURCE_PASSWORD")),
                new Jdbc(arguments.target(), environment.get("LUODI_TARGET_USER"),
                        environment.get("LUODI_TARGET_PASSWORD")));
        return execute(request, dataset, arguments, locale, texts, out, err);
    }

    private static int execute(RunRequest request, DatasetPlan dataset, CommandArguments arguments, Locale locale,
                               Texts texts, PrintStream out, PrintStream err) {
        String label = dataset.name() + ' ' + request.mode();
        try (OutputStream reportFile = new BufferedOutputStream(Files.newOutputStream(arguments.report()), 1 << 16);
             RunReportJson report = new RunReportJson(reportFile, texts, request.plan().name(),
                     request.plan().version(), dataset.name(), request.mode().name(), request.sourceFileName(),
                     dataset.critical());
             RejectedRowsWriter rejects = arguments.rejects() == null ? null
                     : RejectedRowsWriter.forFile(arguments.rejects(), texts)) {
            RunReport result = new MigrationRunner(locale)
                    .run(request, new CommandListener(err, texts, label, report, rejects));
            int exitCode = exitCode(result, dataset);
            report.finish(result, exitCode);
            summarize(result, dataset, exitCode, texts, out, err);
            return exitCode;
        } catch (IOException | RuntimeException e) {
            err.println(texts.get("migration.cli.outputFailed", message(e)));
            return ERROR;
        }
    }

    static int exitCode(RunReport result, DatasetPlan dataset) {
        if (result.outcome() != RunReport.Outcome.SUCCEEDED) {
            return ERROR;
        }
        return dataset.critical() && !result.reconciledExactly() ? NOT_RECONCILED : DONE;
    }

    private static void summarize(RunReport result, DatasetPlan dataset, int exitCode, Texts texts, PrintStream out,
                                  PrintStream err) {
        if (result.outcome() != RunReport.Outcome.SUCCEEDED) {
            err.println(texts.get("migration.cli.failed", dataset.name(), result.outcome(), result.failure()));
            return;
        }
        long loaded = result.inserted() + result.updated() + result.unchanged();
        out.println(texts.get("migration.cli.summary", dataset.name(), result.mode(), result.rowsRead(), loaded,
                result.rejected(), result.duplicatesRemoved(), result.inserted(), result.updated(),
                result.unchanged()));
        if (result.reconciliation() != null) {
            out.println(texts.get(result.reconciliation().passed() ? "migration.cli.reconciled"
                    : "migration.cli.notReconciled", result.reconciliation().sourceRows(),
                    result.reconciliation().targetRows()));
        }
        if (exitCode == NOT_RECONCILED) {
            err.println(texts.get("migration.cli.criticalNotReconciled", dataset.name()));
        }
    }

    /** The plan with the dataset's source encoding replaced: {@code auto} detects, a name forces that charset. */
    private static MigrationPlan withEncoding(MigrationPlan plan, DatasetPlan dataset, String encoding) {
        if (encoding == null) {
            return plan;
        }
        SourceSpec s = dataset.source();
        String charset = encoding.equalsIgnoreCase("auto") ? null : encoding;
        SourceSpec source = new SourceSpec(s.file(), charset, s.delimiter(), s.headerRow(), s.query(), s.database());
        DatasetPlan changed = new DatasetPlan(dataset.name(), dataset.critical(), source, dataset.target(),
                dataset.cleaning(), dataset.fields(), dataset.reconcileSums(), dataset.spotChecks(),
                dataset.watermark());
        List<DatasetPlan> datasets = new ArrayList<>(plan.datasets());
        datasets.replaceAll(d -> d.name().equals(dataset.name()) ? changed : d);
        return new MigrationPlan(plan.name(), plan.version(), plan.dictionaries(), datasets);
    }

    private static List<String> names(MigrationPlan plan) {
        return plan.datasets().stream().map(DatasetPlan::name).toList();
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * POI logs through the Log4j API; without a provider Log4j prints a warning on every start. The command line
     * has nothing to log, so it picks Log4j's built-in simple logger at its quietest.
     */
    private static void quietLogging() {
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        System.setProperty("log4j2.simplelogLevel", "OFF");
    }
}
