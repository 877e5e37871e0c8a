package com.salescalls.platform;

import java.util.List;

/** An export would hold more rows than {@code CSV_MAX_ROWS}: refused whole rather than cut short. */
public class ExportTooLarge extends InvalidParameters {

    public ExportTooLarge(long rows, int maxRows) {
        super(List.of(new Violation("format", rows + " rows match, more than the " + maxRows
                + " an export may hold (CSV_MAX_ROWS); narrow the filters, e.g. from_date and to_date")));
    }
}
