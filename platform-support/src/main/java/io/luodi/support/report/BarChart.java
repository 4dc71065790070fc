package io.luodi.support.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A grouped bar chart, laid out here and drawn as SVG by the template fragment {@code support/report/chart :: bars}:
 * categories along the bottom, one bar per series in each, every bar's height proportional to its value on a scale
 * from zero to {@code max}. A missing value (null) draws no bar. Colours come from the series' CSS classes.
 */
public record BarChart(String id, String title, String description, List<String> categories, List<Series> series,
                       double max) {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 260;
    static final int LEFT = 44;
    static final int RIGHT = 8;
    static final int TOP = 12;
    static final int BOTTOM = 32;
    /** The share of a category's width its bars take; the rest separates the groups. */
    private static final double GROUP_FILL = 0.8;

    /** One series: its name, its CSS class, a value per category (or null) and how each value reads. */
    public record Series(String name, String cssClass, List<Double> values, List<String> labels) {
    }

    public record Bar(double x, double y, double width, double height, String cssClass, String label) {
    }

    public record Label(double x, double y, String text) {
    }

    /** A chart whose scale runs to {@code fixedMax}, or, when that is null, to a round number above the largest value. */
    public static BarChart of(String id, String title, String description, List<String> categories,
                              List<Series> series, Double fixedMax) {
        double largest = series.stream().flatMap(s -> s.values().stream()).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).max().orElse(0);
        return new BarChart(id, title, description, categories, series,
                fixedMax != null ? fixedMax : roundUp(largest));
    }

    /** True when there is nothing to draw: no value above zero. */
    public boolean empty() {
        return series.stream().flatMap(s -> s.values().stream()).noneMatch(v -> v != null && v > 0);
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public double plotBottom() {
        return HEIGHT - BOTTOM;
    }

    public double plotLeft() {
        return LEFT;
    }

    public double plotRight() {
        return WIDTH - RIGHT;
    }

    public List<Bar> bars() {
        List<Bar> bars = new ArrayList<>();
        double group = groupWidth();
        double width = group * GROUP_FILL / Math.max(1, series.size());
        for (int c = 0; c < categories.size(); c++) {
            double start = LEFT + c * group + group * (1 - GROUP_FILL) / 2;
            for (int s = 0; s < series.size(); s++) {
                Series one = series.get(s);
                Double value = one.values().get(c);
                if (value == null) {
                    continue;
                }
                double height = plotHeight() * Math.min(value, max) / max;
                bars.add(new Bar(round(start + s * width), round(plotBottom() - height), round(width), round(height),
                        one.cssClass(), categories.get(c) + " · " + one.name() + ": " + one.labels().get(c)));
            }
        }
        return bars;
    }

    /** Each category's name, centred under its bars. */
    public List<Label> categoryLabels() {
        List<Label> labels = new ArrayList<>();
        for (int c = 0; c < categories.size(); c++) {
            labels.add(new Label(round(LEFT + (c + 0.5) * groupWidth()), HEIGHT - BOTTOM + 18, categories.get(c)));
        }
        return labels;
    }

    /** The scale's marks at zero, half and full height. */
    public List<Label> ticks() {
        return List.of(0.0, 0.5, 1.0).stream()
                .map(f -> new Label(LEFT - 6, round(plotBottom() - plotHeight() * f + 4), number(max * f))).toList();
    }

    private double plotHeight() {
        return HEIGHT - TOP - BOTTOM;
    }

    private double groupWidth() {
        return (double) (WIDTH - LEFT - RIGHT) / Math.max(1, categories.size());
    }

    /** 1, 2 or 5 times a power of ten, at least {@code value}; never below 1, so tiny values keep a readable scale. */
    static double roundUp(double value) {
        if (value <= 1) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        double fraction = value / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(round(value));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
