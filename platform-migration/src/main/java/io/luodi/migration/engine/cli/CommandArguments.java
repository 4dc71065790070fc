package io.luodi.migration.engine.cli;

import io.luodi.migration.engine.plan.RunMode;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The command line's options, checked. Credentials are never options (they would show in the process list and the
 * shell history): they come from the environment.
 *
 * @param dataset null when the plan has a single dataset
 * @param source the source file, null for a query dataset
 * @param sourceUrl the source database of a query dataset, else null
 * @param encoding overrides the plan's source encoding; {@code auto} detects it; null keeps the plan's
 * @param rejects where the rejected rows go ({@code .csv} or {@code .xlsx}), or null
 */
record CommandArguments(Path plan, String dataset, Path source, String sourceUrl, String target, RunMode mode,
                        int sample, boolean random, Path report, Path rejects, String encoding, Locale locale) {

    /** A command line that cannot be run as given; the message is for the user, in English or Chinese. */
    static final class UsageException extends Exception {
        final String key;
        final Object[] args;

        UsageException(String key, Object... args) {
            super(key);
            this.key = key;
            this.args = args;
        }
    }

    private static final Set<String> FLAGS = Set.of("--random", "--help");
    private static final Set<String> OPTIONS = Set.of("--plan", "--dataset", "--source", "--source-url", "--target",
            "--mode", "--sample", "--report", "--rejects", "--encoding", "--lang");

    static boolean wantsHelp(String[] args) {
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                return true;
            }
        }
        return false;
    }

    /** The language of messages: {@code --lang zh|en}, else the system's (Chinese for zh, English otherwise). */
    static Locale locale(String[] args) {
        String lang = null;
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--lang")) {
                lang = args[i + 1];
            }
        }
        String language = lang != null ? lang : Locale.getDefault().getLanguage();
        return language.toLowerCase(Locale.ROOT).startsWith("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    static CommandArguments parse(String[] args) throws UsageException {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (FLAGS.contains(arg)) {
                values.put(arg, "true");
            } else if (OPTIONS.contains(arg)) {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new UsageException("migration.cli.usage.needsValue", arg);
                }
                values.put(arg, args[++i]);
            } else {
                throw new UsageException("migration.cli.usage.unknown", arg);
            }
        }
        Path plan = path(required(values, "--plan"));
        String sourceFile = values.get("--source");
        String sourceUrl = values.get("--source-url");
        if ((sourceFile == null) == (sourceUrl == null)) {
            throw new UsageException("migration.cli.usage.oneSource");
        }
        String target = required(values, "--target");
        if (!target.startsWith("jdbc:postgresql:")) {
            throw new UsageException("migration.cli.usage.targetUrl", target);
        }
        RunMode mode = mode(required(values, "--mode"));
        int sample = sample(values.getOrDefault("--sample", "100"));
        Path report = path(required(values, "--report"));
        String rejects = values.get("--rejects");
        if (rejects != null && !rejects.toLowerCase(Locale.ROOT).matches(".*\\.(csv|xlsx)")) {
            throw new UsageException("migration.cli.usage.rejects", rejects);
        }
        return new CommandArguments(plan, values.get("--dataset"), sourceFile == null ? null : path(sourceFile),
                sourceUrl, target, mode, sample, values.containsKey("--random"), report,
                rejects == null ? null : path(rejects), values.get("--encoding"), locale(args));
    }

    private static String required(Map<String, String> values, String option) throws UsageException {
        String value = values.get(option);
        if (value == null || value.isBlank()) {
            throw new UsageException("migration.cli.usage.missing", option);
        }
        return value;
    }

    private static RunMode mode(String value) throws UsageException {
        try {
            return RunMode.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("migration.cli.usage.mode", value);
        }
    }

    private static int sample(String value) throws UsageException {
        try {
            int sample = Integer.parseInt(value);
            if (sample > 0) {
                return sample;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("migration.cli.usage.sample", value);
    }

    private static Path path(String value) throws UsageException {
        try {
            return Path.of(value);
        } catch (RuntimeException e) {
            throw new UsageException("migration.cli.usage.path", value);
        }
    }
}
