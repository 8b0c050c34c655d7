package org.gridwatch.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The area bundles: the same keys in Chinese and English, and every key the module names exists. */
class AreaMessagesTests {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{(area\\.[A-Za-z.]+)[}(]");
    private static final Pattern CODE_KEY = Pattern.compile("\"(area\\.[a-z]+\\.[A-Za-z.]+)\"");

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertThat(bundle("i18n/area_en.properties").stringPropertyNames())
                .isEqualTo(bundle("i18n/area.properties").stringPropertyNames());
    }

    @Test
    void everyKeyNamedInTemplatesAndCodeExists() throws IOException {
        Set<String> known = bundle("i18n/area.properties").stringPropertyNames();
        Set<String> named = new TreeSet<>();
        collect(Path.of("src/main/resources/templates/area"), TEMPLATE_KEY, named);
        collect(Path.of("src/main/java/org/gridwatch/area"), CODE_KEY, named);
        assertThat(named).isNotEmpty();
        assertThat(known).containsAll(named);
        for (AreaType type : AreaType.values()) {
            assertThat(known).contains("area.type." + type);
        }
        for (CommunityKind kind : CommunityKind.values()) {
            assertThat(known).contains("area.communityKind." + kind);
        }
    }

    private static void collect(Path folder, Pattern pattern, Set<String> into) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    into.add(matcher.group(1).replaceAll("\\.$", ""));
                }
            }
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = AreaMessagesTests.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
