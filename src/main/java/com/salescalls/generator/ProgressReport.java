package com.salescalls.generator;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import com.salescalls.analysis.Progress;

/**
 * Shows a command's wait for the analysis: on a terminal a bar redrawn in place (carriage return) a few times a
 * second; otherwise (a log file, a pipe) one log line every {@code logInterval}, so the output stays readable.
 */
final class ProgressReport implements Consumer<Progress> {

    private static final Duration REDRAW = Duration.ofMillis(200);
    private static final int BAR_WIDTH = 30;

    private final Clock clock;
    private final Duration logInterval;
    private final @Nullable PrintStream terminal;
    private final Consumer<String> log;
    private final Instant started;
    private @Nullable Instant shown;
    private String drawn = "";

    /** @param terminal where to draw the bar, or null to log lines instead */
    ProgressReport(Clock clock, Duration logInterval, @Nullable PrintStream terminal, Consumer<String> log) {
        this.clock = clock;
        this.logInterval = logInterval;
        this.terminal = terminal;
        this.log = log;
        this.started = clock.instant();
    }

    @Override
    public void accept(Progress progress) {
        Instant now = clock.instant();
        if (shown != null && Duration.between(shown, now).compareTo(terminal != null ? REDRAW : logInterval) < 0) {
            return;
        }
        shown = now;
        show(progress);
    }

    /** The final figures, always shown, with the average rate since this report was made; a bar ends its line. */
    void finish(Progress progress) {
        double seconds = Duration.between(started, clock.instant()).toMillis() / 1000.0;
        String summary = String.format(Locale.ROOT, "Analysed %d of %d calls in %s (%.1f calls/s)",
                progress.analyzed(), progress.total(), duration((long) seconds),
                seconds > 0 ? progress.analyzed() / seconds : 0.0);
        show(progress, summary);
        if (terminal != null) {
            terminal.println();
            terminal.flush();
        }
    }

    private void show(Progress progress) {
        show(progress, line(progress));
    }

    private void show(Progress progress, String line) {
        if (terminal == null) {
            log.accept(line);
            return;
        }
        String text = bar(progress) + " " + line;
        if (text.equals(drawn)) {
            return; // nothing changed: the same figures need no redraw
        }
        // pad over what a longer previous line left on screen
        terminal.print("\r" + text + " ".repeat(Math.max(0, drawn.length() - text.length())));
        terminal.flush();
        drawn = text;
    }

    static String line(Progress progress) {
        String rate = progress.ratePerSecond() == null ? "measuring rate"
                : String.format(Locale.ROOT, "%.1f calls/s", progress.ratePerSecond());
        String left = progress.remaining() == 0 ? "done"
                : progress.etaSeconds() == null ? "time left unknown" : duration(progress.etaSeconds()) + " left";
        return String.format(Locale.ROOT, "Analysed %d of %d calls, %s, %s", progress.analyzed(), progress.total(),
                rate, left);
    }

    static String bar(Progress progress) {
        int filled = progress.total() == 0 ? BAR_WIDTH
                : (int) Math.min(BAR_WIDTH, progress.analyzed() * BAR_WIDTH / progress.total());
        return "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "]";
    }

    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return seconds / 60 + "m " + seconds % 60 + "s";
        }
        return seconds / 3600 + "h " + seconds % 3600 / 60 + "m";
    }
}
