package io.luodi.migration.engine.plan;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

/** Reads a plan's YAML, collecting every problem with its path before giving up. One instance reads one text. */
final class PlanYamlReader {

    private static final Set<String> PLAN_KEYS = Set.of("plan", "version", "dictionaries", "datasets");
    private static final Set<String> DATASET_KEYS = Set.of("name", "critical", "source", "target", "cleaning",
            "fields", "reconcile", "spotChecks", "watermark");
    private static final Set<String> SOURCE_KEYS = Set.of("file", "encoding", "delimiter", "headerRow", "query",
            "database");
    private static final Set<String> TARGET_KEYS = Set.of("table", "key", "database");
    private static final Set<String> CLEANING_KEYS = Set.of("trim", "stripControl", "fullWidthToHalf", "dedupe");
    private static final Set<String> FIELD_KEYS = Set.of("target", "source", "sources", "constant", "required",
            "maxLength", "transforms", "validate");
    private static final Set<String> RECONCILE_KEYS = Set.of("sums");
    static final int DEFAULT_SPOT_CHECKS = 20;

    private final List<PlanProblem> problems = new ArrayList<>();
    private Map<String, Map<String, String>> dictionaries = Map.of();

    MigrationPlan read(String text) {
        Object root = parse(text);
        Map<String, Object> plan = map(root, "");
        if (plan == null) {
            throw new PlanException(problems);
        }
        keys(plan, "", PLAN_KEYS);
        String name = text(plan, "plan", "", true);
        Integer version = integer(plan, "version", "");
        dictionaries = dictionaries(plan.get("dictionaries"));
        List<DatasetPlan> datasets = new ArrayList<>();
        List<Object> items = list(plan, "datasets", "", true);
        Set<String> names = new HashSet<>();
        for (int i = 0; items != null && i < items.size(); i++) {
            String path = "datasets[" + i + "]";
            DatasetPlan dataset = dataset(items.get(i), path);
            if (dataset != null && dataset.name() != null && !names.add(dataset.name())) {
                problem("migration.plan.duplicateDataset", path + ".name", dataset.name());
            }
            datasets.add(dataset);
        }
        if (!problems.isEmpty()) {
            throw new PlanException(problems);
        }
        return new MigrationPlan(name, version == null ? 1 : version, dictionaries, datasets);
    }

    private Object parse(String text) {
        try {
            Object root = loader().load(text);
            if (root == null) {
                throw new PlanException(List.of(PlanProblem.of("migration.plan.empty")));
            }
            return root;
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark();
            throw new PlanException(List.of(PlanProblem.of("migration.plan.syntax",
                    mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1,
                    String.valueOf(e.getProblem()))));
        } catch (YAMLException e) {
            throw new PlanException(List.of(PlanProblem.of("migration.plan.syntax", 0, 0, e.getMessage())));
        }
    }

    /**
     * Plain scalars stay text: {@code 01} is a code, not the octal number 1, and {@code N} is a code, not false.
     * Only null is recognised; numbers and booleans are read from text where the schema expects them.
     */
    private static Yaml loader() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        DumperOptions dumperOptions = new DumperOptions();
        Resolver textOnly = new Resolver() {
            @Override
            protected void addImplicitResolvers() {
                addImplicitResolver(Tag.NULL, NULL, "~nN\0");
                addImplicitResolver(Tag.NULL, EMPTY, null);
            }
        };
        return new Yaml(new SafeConstructor(options), new Representer(dumperOptions), dumperOptions, options,
                textOnly);
    }

    private Map<String, Map<String, String>> dictionaries(Object value) {
        Map<String, Map<String, String>> result = new LinkedHashMap<>();
        if (value == null) {
            return result;
        }
        Map<String, Object> all = map(value, "dictionaries");
        if (all == null) {
            return result;
        }
        all.forEach((name, codes) -> {
            String path = "dictionaries." + name;
            Map<String, Object> entries = map(codes, path);
            if (entries == null) {
                return;
            }
            Map<String, String> dictionary = new LinkedHashMap<>();
            entries.forEach((code, newCode) -> {
                if (newCode instanceof String s) {
                    dictionary.put(code, s);
                } else {
                    problem("migration.plan.notText", path + "." + code);
                }
            });
            result.put(name, dictionary);
        });
        return result;
    }

    private DatasetPlan dataset(Object value, String path) {
        Map<String, Object> m = map(value, path);
        if (m == null) {
            return null;
        }
        keys(m, path, DATASET_KEYS);
        String name = text(m, "name", path, true);
        boolean critical = bool(m, "critical", path, false);
        SourceSpec source = source(m.get("source"), path + ".source");
        TargetSpec target = target(m.get("target"), path + ".target");
        Cleaning cleaning = m.containsKey("cleaning") ? cleaning(m.get("cleaning"), path + ".cleaning")
                : Cleaning.standard();
        List<FieldMapping> fields = new ArrayList<>();
        List<Object> items = list(m, "fields", path, true);
        Set<String> targets = new HashSet<>();
        for (int i = 0; items != null && i < items.size(); i++) {
            String fieldPath = path + ".fields[" + i + "]";
            FieldMapping field = field(items.get(i), fieldPath);
            if (field != null) {
                if (field.target() != null && !targets.add(field.target())) {
                    problem("migration.plan.duplicateTarget", fieldPath + ".target", field.target());
                }
                fields.add(field);
            }
        }
        List<String> sums = reconcileSums(m.get("reconcile"), path + ".reconcile");
        Integer spotChecks = integer(m, "spotChecks", path);
        if (spotChecks != null && spotChecks < 0) {
            problem("migration.plan.negative", path + ".spotChecks", spotChecks);
        }
        String watermark = text(m, "watermark", path, false);
        if (target != null && items != null) {
            for (int i = 0; i < target.key().size(); i++) {
                notAField(targets, target.key().get(i), path + ".target.key[" + i + "]");
            }
        }
        if (items != null) {
            for (int i = 0; i < sums.size(); i++) {
                notAField(targets, sums.get(i), path + ".reconcile.sums[" + i + "]");
            }
            if (watermark != null) {
                notAField(targets, watermark, path + ".watermark");
            }
        }
        if (source == null || target == null) {
            return null;
        }
        return new DatasetPlan(name, critical, source, target, cleaning, fields, sums,
                spotChecks == null ? DEFAULT_SPOT_CHECKS : spotChecks, watermark);
    }

    private void notAField(Set<String> targets, String column, String path) {
        if (!targets.contains(column)) {
            problem("migration.plan.notAField", path, column);
        }
    }

    private SourceSpec source(Object value, String path) {
        if (value == null) {
            problem("migration.plan.missing", path);
            return null;
        }
        Map<String, Object> m = map(value, path);
        if (m == null) {
            return null;
        }
        keys(m, path, SOURCE_KEYS);
        String file = text(m, "file", path, false);
        String query = text(m, "query", path, false);
        if (file != null && query != null) {
            problem("migration.plan.fileAndQuery", path);
        } else if (file == null && query == null) {
            problem("migration.plan.noFileOrQuery", path);
        }
        String delimiterText = text(m, "delimiter", path, false);
        Character delimiter = null;
        if ("tab".equalsIgnoreCase(delimiterText)) {
            delimiterText = "\t";
        }
        if (delimiterText != null) {
            if (delimiterText.length() == 1) {
                delimiter = delimiterText.charAt(0);
            } else {
                problem("migration.plan.badDelimiter", path + ".delimiter", delimiterText);
            }
        }
        Integer headerRow = integer(m, "headerRow", path);
        if (headerRow != null && headerRow < 1) {
            problem("migration.plan.notPositive", path + ".headerRow", headerRow);
        }
        return new SourceSpec(file, text(m, "encoding", path, false), delimiter, headerRow, query,
                text(m, "database", path, false));
    }

    private TargetSpec target(Object value, String path) {
        if (value == null) {
            problem("migration.plan.missing", path);
            return null;
        }
        Map<String, Object> m = map(value, path);
        if (m == null) {
            return null;
        }
        keys(m, path, TARGET_KEYS);
        String table = text(m, "table", path, true);
        List<String> key = texts(m, "key", path, true);
        if (key != null && key.isEmpty()) {
            problem("migration.plan.emptyList", path + ".key");
        }
        return new TargetSpec(table, key == null ? List.of() : key, text(m, "database", path, false));
    }

    private Cleaning cleaning(Object value, String path) {
        Map<String, Object> m = map(value, path);
        if (m == null) {
            return Cleaning.standard();
        }
        keys(m, path, CLEANING_KEYS);
        String dedupeText = text(m, "dedupe", path, false);
        Cleaning.Dedupe dedupe = null;
        if (dedupeText != null) {
            switch (dedupeText) {
                case "keep-first" -> dedupe = Cleaning.Dedupe.KEEP_FIRST;
                case "keep-last" -> dedupe = Cleaning.Dedupe.KEEP_LAST;
                case "none" -> dedupe = null;
                default -> problem("migration.plan.badChoice", path + ".dedupe", dedupeText,
                        "keep-first, keep-last, none");
            }
        }
        return new Cleaning(bool(m, "trim", path, false), bool(m, "stripControl", path, false),
                bool(m, "fullWidthToHalf", path, false), dedupe);
    }

    private FieldMapping field(Object value, String path) {
        Map<String, Object> m = map(value, path);
        if (m == null) {
            return null;
        }
        keys(m, path, FIELD_KEYS);
        String target = text(m, "target", path, true);
        String source = text(m, "source", path, false);
        List<String> sources = texts(m, "sources", path, false);
        String constant = text(m, "constant", path, false);
        if (m.containsKey("constant") && constant == null) {
            constant = "";
        }
        List<String> allSources = new ArrayList<>();
        if (source != null && sources != null) {
            problem("migration.plan.sourceAndSources", path);
        }
        if (source != null) {
            allSources.add(source);
        } else if (sources != null) {
            allSources.addAll(sources);
        }
        if (constant != null && !allSources.isEmpty()) {
            problem("migration.plan.sourceAndConstant", path);
        } else if (constant == null && allSources.isEmpty()) {
            problem("migration.plan.noSource", path);
        }
        boolean required = bool(m, "required", path, false);
        Integer maxLength = integer(m, "maxLength", path);
        if (maxLength != null && maxLength < 1) {
            problem("migration.plan.notPositive", path + ".maxLength", maxLength);
        }
        List<Transform> transforms = new ArrayList<>();
        List<Object> steps = list(m, "transforms", path, false);
        for (int i = 0; steps != null && i < steps.size(); i++) {
            Transform transform = transform(steps.get(i), path + ".transforms[" + i + "]");
            if (transform != null) {
                transforms.add(transform);
            }
        }
        if (allSources.size() > 1 && transforms.stream().noneMatch(Transform.Concat.class::isInstance)) {
            problem("migration.plan.severalSourcesWithoutConcat", path);
        }
        List<Validation> validations = new ArrayList<>();
        List<Object> checks = list(m, "validate", path, false);
        for (int i = 0; checks != null && i < checks.size(); i++) {
            Validation validation = validation(checks.get(i), path + ".validate[" + i + "]");
            if (validation != null) {
                validations.add(validation);
            }
        }
        return new FieldMapping(target, allSources, constant, required, maxLength, transforms, validations);
    }

    /** A step is a bare name ({@code number}) or a one-entry mapping from its name to its argument. */
    private Transform transform(Object value, String path) {
        if (value instanceof String name) {
            return switch (name) {
                case "trim" -> new Transform.Trim();
                case "number" -> new Transform.ParseNumber();
                case "upper" -> new Transform.Case(Transform.Case.Kind.UPPER);
                case "lower" -> new Transform.Case(Transform.Case.Kind.LOWER);
                default -> {
                    problem("migration.plan.unknownTransform", path, name);
                    yield null;
                }
            };
        }
        Map.Entry<String, Object> step = singleEntry(value, path);
        if (step == null) {
            return null;
        }
        Object argument = step.getValue();
        String argumentPath = path + "." + step.getKey();
        switch (step.getKey()) {
            case "trim":
                return new Transform.Trim();
            case "number":
                return new Transform.ParseNumber();
            case "case": {
                String kind = scalar(argument, argumentPath);
                if ("upper".equals(kind)) {
                    return new Transform.Case(Transform.Case.Kind.UPPER);
                }
                if ("lower".equals(kind)) {
                    return new Transform.Case(Transform.Case.Kind.LOWER);
                }
                if (kind != null) {
                    problem("migration.plan.badChoice", argumentPath, kind, "upper, lower");
                }
                return null;
            }
            case "date": {
                List<String> patterns = argument instanceof String single ? List.of(single)
                        : textList(argument, argumentPath);
                if (patterns == null) {
                    return null;
                }
                if (patterns.isEmpty()) {
                    problem("migration.plan.emptyList", argumentPath);
                }
                for (int i = 0; i < patterns.size(); i++) {
                    checkDatePattern(patterns.get(i), argumentPath + "[" + i + "]");
                }
                return new Transform.ParseDate(patterns);
            }
            case "lookup": {
                String dictionary;
                String otherwise = null;
                if (argument instanceof Map<?, ?>) {
                    Map<String, Object> m = map(argument, argumentPath);
                    if (m == null) {
                        return null;
                    }
                    keys(m, argumentPath, Set.of("dictionary", "otherwise"));
                    dictionary = text(m, "dictionary", argumentPath, true);
                    otherwise = text(m, "otherwise", argumentPath, false);
                } else {
                    dictionary = scalar(argument, argumentPath);
                }
                if (dictionary != null && !dictionaries.containsKey(dictionary)) {
                    problem("migration.plan.unknownDictionary", argumentPath, dictionary);
                }
                return dictionary == null ? null : new Transform.Lookup(dictionary, otherwise);
            }
            case "default": {
                String fallback = argument == null ? "" : scalar(argument, argumentPath);
                return fallback == null ? null : new Transform.Default(fallback);
            }
            case "concat": {
                String separator = argument == null ? "" : scalar(argument, argumentPath);
                return separator == null ? null : new Transform.Concat(separator);
            }
            case "split": {
                Map<String, Object> m = map(argument, argumentPath);
                if (m == null) {
                    return null;
                }
                keys(m, argumentPath, Set.of("separator", "index"));
                String separator = text(m, "separator", argumentPath, true);
                Integer index = integer(m, "index", argumentPath);
                if (index != null && index < 0) {
                    problem("migration.plan.negative", argumentPath + ".index", index);
                }
                if (separator != null && separator.isEmpty()) {
                    problem("migration.plan.missing", argumentPath + ".separator");
                }
                return separator == null ? null : new Transform.Split(separator, index == null ? 0 : index);
            }
            case "regexReplace": {
                Map<String, Object> m = map(argument, argumentPath);
                if (m == null) {
                    return null;
                }
                keys(m, argumentPath, Set.of("pattern", "replacement"));
                String regex = text(m, "pattern", argumentPath, true);
                String replacement = text(m, "replacement", argumentPath, false);
                if (regex != null) {
                    checkRegex(regex, argumentPath + ".pattern");
                }
                return regex == null ? null : new Transform.RegexReplace(regex, replacement == null ? "" : replacement);
            }
            default:
                problem("migration.plan.unknownTransform", path, step.getKey());
                return null;
        }
    }

    private Validation validation(Object value, String path) {
        if (value instanceof String name) {
            return switch (name) {
                case "idCard" -> new Validation.IdCard();
                case "phone" -> new Validation.Phone();
                default -> {
                    problem("migration.plan.unknownValidation", path, name);
                    yield null;
                }
            };
        }
        Map.Entry<String, Object> check = singleEntry(value, path);
        if (check == null) {
            return null;
        }
        Object argument = check.getValue();
        String argumentPath = path + "." + check.getKey();
        switch (check.getKey()) {
            case "idCard":
                return new Validation.IdCard();
            case "phone":
                return new Validation.Phone();
            case "range": {
                Map<String, Object> m = map(argument, argumentPath);
                if (m == null) {
                    return null;
                }
                keys(m, argumentPath, Set.of("min", "max"));
                String min = text(m, "min", argumentPath, false);
                String max = text(m, "max", argumentPath, false);
                checkBound(min, argumentPath + ".min");
                checkBound(max, argumentPath + ".max");
                return new Validation.Range(min, max);
            }
            case "pattern": {
                String regex = scalar(argument, argumentPath);
                if (regex != null) {
                    checkRegex(regex, argumentPath);
                }
                return regex == null ? null : new Validation.Pattern(regex);
            }
            case "reference": {
                Map<String, Object> m = map(argument, argumentPath);
                if (m == null) {
                    return null;
                }
                keys(m, argumentPath, Set.of("table", "column"));
                String table = text(m, "table", argumentPath, true);
                String column = text(m, "column", argumentPath, true);
                return table == null || column == null ? null : new Validation.Reference(table, column);
            }
            default:
                problem("migration.plan.unknownValidation", path, check.getKey());
                return null;
        }
    }

    private List<String> reconcileSums(Object value, String path) {
        if (value == null) {
            return List.of();
        }
        Map<String, Object> m = map(value, path);
        if (m == null) {
            return List.of();
        }
        keys(m, path, RECONCILE_KEYS);
        List<String> sums = texts(m, "sums", path, false);
        return sums == null ? List.of() : sums;
    }

    private void checkDatePattern(String pattern, String path) {
        if (pattern.equals("excel")) {
            return;
        }
        try {
            DateTimeFormatter.ofPattern(pattern);
        } catch (IllegalArgumentException e) {
            problem("migration.plan.badDatePattern", path, pattern, e.getMessage());
        }
    }

    private void checkRegex(String regex, String path) {
        try {
            java.util.regex.Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            problem("migration.plan.badRegex", path, regex, e.getDescription());
        }
    }

    /** A range bound is a number, a date as {@code yyyy-MM-dd}, or {@code today}. */
    private void checkBound(String bound, String path) {
        if (bound == null || bound.equals("today")) {
            return;
        }
        try {
            new java.math.BigDecimal(bound);
            return;
        } catch (NumberFormatException notANumber) {
            // maybe a date
        }
        try {
            LocalDate.parse(bound);
        } catch (RuntimeException e) {
            problem("migration.plan.badRangeBound", path, bound);
        }
    }

    // --- typed access with problems -------------------------------------------------------------------------

    private Map.Entry<String, Object> singleEntry(Object value, String path) {
        Map<String, Object> m = map(value, path);
        if (m == null) {
            return null;
        }
        if (m.size() != 1) {
            problem("migration.plan.oneStepPerItem", path, String.join(", ", m.keySet()));
            return null;
        }
        return m.entrySet().iterator().next();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(Object value, String path) {
        if (value instanceof Map<?, ?> m) {
            for (Object key : m.keySet()) {
                if (!(key instanceof String)) {
                    problem("migration.plan.notText", path);
                    return null;
                }
            }
            return (Map<String, Object>) m;
        }
        problem("migration.plan.notMapping", path.isEmpty() ? "/" : path);
        return null;
    }

    private void keys(Map<String, Object> m, String path, Set<String> allowed) {
        for (String key : m.keySet()) {
            if (!allowed.contains(key)) {
                problem("migration.plan.unknownKey", path.isEmpty() ? "/" : path, key);
            }
        }
    }

    private String text(Map<String, Object> m, String key, String path, boolean required) {
        Object value = m.get(key);
        String at = at(path, key);
        if (value == null) {
            if (required) {
                problem("migration.plan.missing", at);
            }
            return null;
        }
        return scalar(value, at);
    }

    private String scalar(Object value, String path) {
        if (value instanceof String s) {
            return s;
        }
        problem("migration.plan.notText", path);
        return null;
    }

    private boolean bool(Map<String, Object> m, String key, String path, boolean otherwise) {
        String value = text(m, key, path, false);
        if (value == null) {
            return otherwise;
        }
        return switch (value) {
            case "true", "True", "TRUE", "yes", "on" -> true;
            case "false", "False", "FALSE", "no", "off" -> false;
            default -> {
                problem("migration.plan.notBoolean", at(path, key), value);
                yield otherwise;
            }
        };
    }

    private Integer integer(Map<String, Object> m, String key, String path) {
        String value = text(m, key, path, false);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            problem("migration.plan.notInteger", at(path, key), value);
            return null;
        }
    }

    private List<Object> list(Map<String, Object> m, String key, String path, boolean required) {
        Object value = m.get(key);
        String at = at(path, key);
        if (value == null) {
            if (required) {
                problem("migration.plan.missing", at);
            }
            return null;
        }
        if (value instanceof List<?> l) {
            if (required && l.isEmpty()) {
                problem("migration.plan.emptyList", at);
            }
            return new ArrayList<>(l);
        }
        problem("migration.plan.notList", at);
        return null;
    }

    private List<String> texts(Map<String, Object> m, String key, String path, boolean required) {
        Object value = m.get(key);
        String at = at(path, key);
        if (value == null) {
            if (required) {
                problem("migration.plan.missing", at);
            }
            return null;
        }
        if (value instanceof String single) {
            return List.of(single);
        }
        return textList(value, at);
    }

    private List<String> textList(Object value, String path) {
        if (!(value instanceof List<?> l)) {
            problem("migration.plan.notList", path);
            return null;
        }
        List<String> result = new ArrayList<>();
        for (int i = 0; i < l.size(); i++) {
            String item = scalar(l.get(i), path + "[" + i + "]");
            if (item != null) {
                result.add(item);
            }
        }
        return result;
    }

    private static String at(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private void problem(String key, Object... arguments) {
        problems.add(PlanProblem.of(key, arguments));
    }
}
