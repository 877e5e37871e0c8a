package com.salescalls.generator;

import java.io.Console;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import com.salescalls.analysis.AnalysisProperties;
import com.salescalls.analysis.AnalysisService;
import com.salescalls.calls.CallService;

/**
 * At start: with {@code --generate=N [--seed=S]} on the command line, generates N calls into the configured
 * database (the application then exits, see the main class); otherwise fills an empty database with
 * {@code DEMO_CALLS} calls so that a first run has data to show.
 */
@Component
class DemoData implements ApplicationRunner {

    static final String GENERATE = "generate";
    /** A bound on one command: ten million calls is beyond any demo or load set we generate. */
    static final int MAX_GENERATE = 10_000_000;
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final CallLoader loader;
    private final CallService calls;
    private final AnalysisService pipeline;
    private final GeneratorProperties properties;
    private final Duration progressLogInterval;

    DemoData(CallLoader loader, CallService calls, AnalysisService pipeline, GeneratorProperties properties,
            AnalysisProperties analysis) {
        this.loader = loader;
        this.calls = calls;
        this.pipeline = pipeline;
        this.properties = properties;
        this.progressLogInterval = analysis.progressLogInterval();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.containsOption(GENERATE)) {
            int count = intOption(args, GENERATE);
            long seed = args.containsOption("seed") ? longOption(args, "seed") : Instant.now().getEpochSecond();
            Console console = System.console();
            ProgressReport report = new ProgressReport(Clock.systemUTC(), progressLogInterval,
                    console != null && console.isTerminal() ? System.out : null, log::info);
            long first = loader.load(count, seed, Instant.now());
            // a one-off command exits next: analyse what it stored rather than leave it to the next start
            pipeline.awaitAnalysis(Duration.ofMinutes(10).plusSeconds(count), report);
            report.finish(pipeline.state().progress());
            log.info("Stored {} generated calls from CALL_{} (seed {})", count, String.format("%08d", first), seed);
        } else if (properties.demoCalls() > 0 && calls.count() == 0) {
            log.info("Empty database: generating {} demo calls (seed {})", properties.demoCalls(), properties.seed());
            loader.load(properties.demoCalls(), properties.seed(), Instant.now());
        }
    }

    private static int intOption(ApplicationArguments args, String name) {
        long value = longOption(args, name);
        if (value < 1 || value > MAX_GENERATE) {
            throw new IllegalArgumentException("--" + name + " must be between 1 and " + MAX_GENERATE);
        }
        return (int) value;
    }

    private static long longOption(ApplicationArguments args, String name) {
        List<String> values = args.getOptionValues(name);
        try {
            return Long.parseLong(values.getFirst().strip());
        } catch (NumberFormatException | NoSuchElementException e) {
            throw new IllegalArgumentException("--" + name + " needs a whole number, e.g. --" + name + "=1000", e);
        }
    }
}
