package org.gridwatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every visible text comes from the message bundles, and every bundle has the same keys in Chinese
 * and English.
 */
class I18nTests {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Path BUNDLES = Path.of("src/main/resources/i18n");
    static final Set<String> TEXT_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label", "value", "label");
    /** Letters of any script: text with none (punctuation, "·", "—", ":") needs no translation. */
    static final Pattern LETTERS = Pattern.compile("\\p{L}");
    static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

    @Test
    void templatesContainNoLiteralText() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path template : templates()) {
            Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
            for (Element element : document.getAllElements()) {
                boolean textReplaced = element.hasAttr("th:text") || element.hasAttr("th:utext");
                if (!textReplaced) {
                    for (TextNode node : element.textNodes()) {
                        if (LETTERS.matcher(node.text()).find() && !isInsideScriptOrStyle(element)) {
                            literals.add(template + ": text '" + node.text().trim() + "'");
                        }
                    }
                }
                for (Attribute attribute : element.attributes()) {
                    if (TEXT_ATTRIBUTES.contains(attribute.getKey()) && LETTERS.matcher(attribute.getValue()).find()
                            && !element.hasAttr("th:" + attribute.getKey()) && !isValueOfControl(element, attribute)) {
                        literals.add(template + ": " + attribute.getKey() + "='" + attribute.getValue() + "'");
                    }
                }
            }
        }
        assertThat(literals).as("literal text in templates; use #{...} keys").isEmpty();
    }

    @Test
    void everyBundleHasTheSameKeysInBothLanguages() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path chinese : files.filter(f -> !f.getFileName().toString().contains("_")).toList()) {
                Path english = chinese.resolveSibling(chinese.getFileName().toString().replace(".properties", "_en.properties"));
                assertThat(english).as("English bundle for " + chinese).exists();
                Set<String> zh = load(chinese).stringPropertyNames();
                Set<String> en = load(english).stringPropertyNames();
                assertThat(new TreeSet<>(en)).as("keys of " + english + " vs " + chinese).isEqualTo(new TreeSet<>(zh));
            }
        }
    }

    @Test
    void everyKeyUsedInTemplatesExists() throws IOException {
        Set<String> known = new TreeSet<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path bundle : files.toList()) {
                known.addAll(load(bundle).stringPropertyNames());
            }
        }
        Set<String> missing = new TreeSet<>();
        for (Path template : templates()) {
            Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
            while (matcher.find()) {
                if (!known.contains(matcher.group(1))) {
                    missing.add(template.getFileName() + ": " + matcher.group(1));
                }
            }
        }
        assertThat(missing).as("message keys used in templates but missing from the bundles").isEmpty();
    }

    private static boolean isInsideScriptOrStyle(Element element) {
        return element.tagName().equals("script") || element.tagName().equals("style");
    }

    /** The value of an input, option or button is data sent to the server, not text for the reader. */
    private static boolean isValueOfControl(Element element, Attribute attribute) {
        return attribute.getKey().equals("value") && !element.attr("type").equals("submit")
                && !element.attr("type").equals("button");
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Properties load(Path bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStreamReader reader = new InputStreamReader(Files.newInputStream(bundle), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
