package com.salescalls.platform;

import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvWriterTest {

    @Test
    void quotesOnlyCellsThatNeedItAndDoublesQuotes() {
        StringWriter out = new StringWriter();
        new CsvWriter(out).row(Arrays.asList("plain", "a,b", "say \"hi\"", "two\nlines", null, 3, -0.25, true));

        assertThat(out.toString()).isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,3,-0.25,true\r\n");
    }

    @Test
    void textThatASpreadsheetWouldRunIsPrefixedButNumbersAreNot() {
        assertThat(CsvWriter.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvWriter.cell("+1 555")).isEqualTo("'+1 555");
        assertThat(CsvWriter.cell("-AGENT")).isEqualTo("'-AGENT");
        assertThat(CsvWriter.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvWriter.cell("\tx")).isEqualTo("'\tx");
        assertThat(CsvWriter.cell("=HYPERLINK(\"x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
        assertThat(CsvWriter.cell(-1.5)).isEqualTo("-1.5");
        assertThat(CsvWriter.cell("a=b")).isEqualTo("a=b");
    }

    @Test
    void timesKeepTheirSecondsAndOffset() {
        assertThat(CsvWriter.cell(OffsetDateTime.parse("2026-04-01T09:00Z"))).isEqualTo("2026-04-01T09:00:00Z");
    }
}
