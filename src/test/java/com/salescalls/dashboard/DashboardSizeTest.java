package com.salescalls.dashboard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's own files stay small and never put data into HTML. */
class DashboardSizeTest {

    private static final Path ROOT = Path.of("src/main/resources/static/app");
    private static final long BUDGET = 150 * 1024;

    private static List<Path> shipped() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".js") || f.toString().endsWith(".css")).toList();
        }
    }

    @Test
    void javascriptAndCssStayUnder150KilobytesWithoutTheChartLibrary() throws IOException {
        long total = 0;
        for (Path file : shipped()) {
            total += Files.size(file);
        }
        assertThat(total).isPositive().isLessThan(BUDGET);
    }

    @Test
    void noScriptWritesMarkupFromStrings() throws IOException {
        // text goes in through text nodes (dom.js); these would parse strings as HTML
        Pattern markup = Pattern.compile("innerHTML|outerHTML|insertAdjacentHTML|document\\.write|\\beval\\(|new Function");
        for (Path file : shipped()) {
            Matcher found = markup.matcher(Files.readString(file));
            assertThat(found.find()).as("%s uses %s", file, found.hitEnd() ? "" : found.group()).isFalse();
        }
    }
}
