package io.luodi.migration.engine.plan;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the canonical YAML of a plan: datasets in block style, each field mapping on one line in flow style, so a
 * reviewer reads a mapping as a row of a table. Defaults are written out so the file says everything a run does.
 */
final class PlanYamlWriter {

    /** Mapping keys whose values are written in flow style, on one line. */
    private static final Set<String> ONE_LINE = Set.of("source", "target", "cleaning", "reconcile");

    private PlanYamlWriter() {
    }

    static String write(MigrationPlan plan) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("plan", plan.name());
        root.put("version", plan.version());
        if (!plan.dictionaries().isEmpty()) {
            Map<String, Object> dictionaries = new LinkedHashMap<>();
            plan.dictionaries().keySet().stream().sorted()
                    .forEach(name -> dictionaries.put(name, new LinkedHashMap<>(plan.dictionaries().get(name))));
            root.put("dictionaries", dictionaries);
        }
        root.put("datasets", plan.datasets().stream().map(PlanYamlWriter::dataset).toList());

        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setSplitLines(false);
        options.setWidth(Integer.MAX_VALUE / 2);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        Yaml yaml = new Yaml(options);
        Node node = yaml.represent(root);
        styleRoot((MappingNode) node);
        StringWriter out = new StringWriter();
        yaml.serialize(node, out);
        return out.toString();
    }

    private static Map<String, Object> dataset(DatasetPlan dataset) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", dataset.name());
        m.put("critical", dataset.critical());
        m.put("source", source(dataset.source()));
        m.put("target", target(dataset.target()));
        if (dataset.cleaning() != null) {
            m.put("cleaning", cleaning(dataset.cleaning()));
        }
        m.put("fields", dataset.fields().stream().map(PlanYamlWriter::field).toList());
        if (!dataset.reconcileSums().isEmpty()) {
            m.put("reconcile", Map.of("sums", dataset.reconcileSums()));
        }
        m.put("spotChecks", dataset.spotChecks());
        if (dataset.watermark() != null) {
            m.put("watermark", dataset.watermark());
        }
        return m;
    }

    private static Map<String, Object> source(SourceSpec source) {
        Map<String, Object> m = new LinkedHashMap<>();
        putIfSet(m, "file", source.file());
        putIfSet(m, "encoding", source.encoding());
        putIfSet(m, "delimiter", source.delimiter() == null ? null : source.delimiter().toString());
        putIfSet(m, "headerRow", source.headerRow());
        putIfSet(m, "query", source.query());
        putIfSet(m, "database", source.database());
        return m;
    }

    private static Map<String, Object> target(TargetSpec target) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("table", target.table());
        m.put("key", target.key());
        putIfSet(m, "database", target.database());
        return m;
    }

    private static Map<String, Object> cleaning(Cleaning cleaning) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("trim", cleaning.trim());
        m.put("stripControl", cleaning.stripControl());
        m.put("fullWidthToHalf", cleaning.fullWidthToHalf());
        m.put("dedupe", cleaning.dedupe() == null ? "none"
                : cleaning.dedupe() == Cleaning.Dedupe.KEEP_FIRST ? "keep-first" : "keep-last");
        return m;
    }

    private static Map<String, Object> field(FieldMapping field) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("target", field.target());
        if (field.sources().size() == 1) {
            m.put("source", field.sources().get(0));
        } else if (field.sources().size() > 1) {
            m.put("sources", field.sources());
        }
        putIfSet(m, "constant", field.constant());
        if (field.required()) {
            m.put("required", true);
        }
        putIfSet(m, "maxLength", field.maxLength());
        if (!field.transforms().isEmpty()) {
            m.put("transforms", field.transforms().stream().map(PlanYamlWriter::transform).toList());
        }
        if (!field.validations().isEmpty()) {
            m.put("validate", field.validations().stream().map(PlanYamlWriter::validation).toList());
        }
        return m;
    }

    private static Object transform(Transform transform) {
        if (transform instanceof Transform.Trim) {
            return "trim";
        }
        if (transform instanceof Transform.ParseNumber) {
            return "number";
        }
        if (transform instanceof Transform.Case c) {
            return Map.of("case", c.kind() == Transform.Case.Kind.UPPER ? "upper" : "lower");
        }
        if (transform instanceof Transform.ParseDate d) {
            return Map.of("date", d.patterns());
        }
        if (transform instanceof Transform.Lookup l) {
            return l.otherwise() == null ? Map.of("lookup", l.dictionary())
                    : Map.of("lookup", ordered("dictionary", l.dictionary(), "otherwise", l.otherwise()));
        }
        if (transform instanceof Transform.Default d) {
            return Map.of("default", d.value());
        }
        if (transform instanceof Transform.Concat c) {
            return Map.of("concat", c.separator());
        }
        if (transform instanceof Transform.Split sp) {
            return Map.of("split", ordered("separator", sp.separator(), "index", sp.index()));
        }
        Transform.RegexReplace r = (Transform.RegexReplace) transform;
        return Map.of("regexReplace", ordered("pattern", r.pattern(), "replacement", r.replacement()));
    }

    private static Object validation(Validation validation) {
        if (validation instanceof Validation.IdCard) {
            return "idCard";
        }
        if (validation instanceof Validation.Phone) {
            return "phone";
        }
        if (validation instanceof Validation.Pattern p) {
            return Map.of("pattern", p.regex());
        }
        if (validation instanceof Validation.Range r) {
            Map<String, Object> bounds = new LinkedHashMap<>();
            putIfSet(bounds, "min", r.min());
            putIfSet(bounds, "max", r.max());
            return Map.of("range", bounds);
        }
        Validation.Reference r = (Validation.Reference) validation;
        return Map.of("reference", ordered("table", r.table(), "column", r.column()));
    }

    private static Map<String, Object> ordered(String key1, Object value1, String key2, Object value2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(key1, value1);
        m.put(key2, value2);
        return m;
    }

    private static void putIfSet(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    private static void styleRoot(MappingNode root) {
        for (NodeTuple tuple : root.getValue()) {
            String key = ((ScalarNode) tuple.getKeyNode()).getValue();
            if (key.equals("dictionaries")) {
                ((MappingNode) tuple.getValueNode()).getValue().forEach(t -> oneLine(t.getValueNode()));
            } else if (key.equals("datasets")) {
                for (Node dataset : ((SequenceNode) tuple.getValueNode()).getValue()) {
                    styleDataset((MappingNode) dataset);
                }
            }
        }
    }

    private static void styleDataset(MappingNode dataset) {
        List<NodeTuple> tuples = new ArrayList<>(dataset.getValue());
        for (NodeTuple tuple : tuples) {
            String key = ((ScalarNode) tuple.getKeyNode()).getValue();
            if (ONE_LINE.contains(key)) {
                oneLine(tuple.getValueNode());
            } else if (key.equals("fields")) {
                ((SequenceNode) tuple.getValueNode()).getValue().forEach(PlanYamlWriter::oneLine);
            }
        }
    }

    private static void oneLine(Node node) {
        if (node instanceof MappingNode m) {
            m.setFlowStyle(DumperOptions.FlowStyle.FLOW);
            m.getValue().forEach(t -> oneLine(t.getValueNode()));
        } else if (node instanceof SequenceNode s) {
            s.setFlowStyle(DumperOptions.FlowStyle.FLOW);
            s.getValue().forEach(PlanYamlWriter::oneLine);
        }
    }
}
