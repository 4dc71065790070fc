package io.luodi.support.report;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The chart fragment drawn by Thymeleaf and read back as SVG, the way a browser would get it. */
class BarChartRenderingTests {

    private final SpringTemplateEngine engine = engine();

    @Test
    void drawsOneRectPerValueWithHeightsInProportionAndNamesTheChart() throws Exception {
        BarChart chart = BarChart.of("chart-compliance", "各月 SLA 达成率（%）", "2026-01-01 至 2026-02-28 每月达成比例",
                List.of("2026-01", "2026-02"),
                List.of(new BarChart.Series("响应", "chart-series-1", List.of(80.0, 40.0), List.of("80%", "40%")),
                        new BarChart.Series("解决", "chart-series-2", List.of(20.0, 100.0), List.of("20%", "100%"))),
                100.0);

        Element svg = render(chart);

        assertThat(svg.getAttribute("viewBox")).isEqualTo("0 0 640 260");
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("aria-labelledby")).isEqualTo("chart-compliance-title chart-compliance-desc");
        assertThat(child(svg, "title").getTextContent()).isEqualTo("各月 SLA 达成率（%）");
        assertThat(child(svg, "desc").getTextContent()).isEqualTo("2026-01-01 至 2026-02-28 每月达成比例");
        List<Element> rects = elements(svg, "rect");
        assertThat(rects).extracting(r -> r.getAttribute("class"))
                .containsExactly("chart-bar chart-series-1", "chart-bar chart-series-2", "chart-bar chart-series-1",
                        "chart-bar chart-series-2");
        List<Double> heights = rects.stream().map(r -> Double.parseDouble(r.getAttribute("height"))).toList();
        assertThat(heights.get(0) / heights.get(3)).isCloseTo(0.8, within(0.01));
        assertThat(heights.get(2) / heights.get(3)).isCloseTo(0.4, within(0.01));
        assertThat(heights.get(1) / heights.get(3)).isCloseTo(0.2, within(0.01));
        assertThat(rects.get(0).getTextContent()).isEqualTo("2026-01 · 响应: 80%");
        assertThat(elements(svg, "text")).extracting(Element::getTextContent).contains("2026-01", "2026-02", "100")
                .doesNotContain("该期间没有数据");
        assertThat(hasStyleAttribute(svg)).as("the CSP forbids inline styles").isFalse();
    }

    @Test
    void anEmptyChartSaysSoAndDrawsNoBars() throws Exception {
        BarChart chart = BarChart.of("chart-times", "MTTA", "无数据", List.of("2026-01"),
                List.of(new BarChart.Series("MTTA", "chart-series-1", java.util.Arrays.asList((Double) null),
                        List.of("—"))), null);

        Element svg = render(chart);

        assertThat(elements(svg, "rect")).isEmpty();
        assertThat(elements(svg, "text")).extracting(Element::getTextContent).contains("该期间没有数据");
    }

    private Element render(BarChart chart) throws Exception {
        Context context = new Context(Locale.SIMPLIFIED_CHINESE);
        context.setVariable("chart", chart);
        String html = engine.process("support/report/chart", Set.of("bars"), context);
        String svg = html.substring(html.indexOf("<svg"), html.indexOf("</svg>") + "</svg>".length());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        Document document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        return document.getDocumentElement();
    }

    private static Element child(Element parent, String name) {
        return elements(parent, name).get(0);
    }

    private static List<Element> elements(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagName(name);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getParentNode() == parent) {
                found.add((Element) nodes.item(i));
            }
        }
        return found;
    }

    private static boolean hasStyleAttribute(Element element) {
        if (element.hasAttribute("style")) {
            return true;
        }
        NodeList children = element.getElementsByTagName("*");
        for (int i = 0; i < children.getLength(); i++) {
            if (((Element) children.item(i)).hasAttribute("style")) {
                return true;
            }
        }
        return false;
    }

    private static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
        templates.setPrefix("templates/");
        templates.setSuffix(".html");
        templates.setTemplateMode(TemplateMode.HTML);
        templates.setCharacterEncoding("UTF-8");
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/reports");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(templates);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }
}
