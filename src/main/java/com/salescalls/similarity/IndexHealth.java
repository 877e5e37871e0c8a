package com.salescalls.similarity;

import java.util.Locale;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import com.salescalls.calls.CallFeed;
import com.salescalls.platform.HealthLine;

/**
 * What operators see of this instance's index: {@code salescalls_index_documents} and
 * {@code salescalls_index_lag_calls} (analysed calls not yet in it), the {@code index} part of readiness (up
 * once the index is open and answers, saying {@code building} while it is still catching up with the database,
 * since similar-call answers then leave out the calls it has not reached, and keyword search asks PostgreSQL),
 * and {@code /health}'s {@code index} line: {@code building 412,000/1,000,000}, {@code current, graphs building}
 * (every call is in, and similar calls are found by exact scans until the merge after a rebuild has built the
 * graphs: {@link VectorIndex#deferGraphs}) or {@code current}.
 */
@Component("indexHealthIndicator")
class IndexHealth implements HealthIndicator, MeterBinder, HealthLine {

    private final IndexService index;
    private final CallFeed feed;

    IndexHealth(IndexService index, CallFeed feed) {
        this.index = index;
        this.feed = feed;
    }

    @Override
    public Health health() {
        if (!index.isOpen()) {
            return Health.outOfService().withDetail("state", "not open").build();
        }
        long documents = index.size();
        long lag = lag();
        return Health.up().withDetail("state", lag > 0 ? "building" : "current")
                .withDetail("documents", documents).withDetail("segments", index.segments())
                .withDetail("graphs", index.graphsPending() ? "building" : "built")
                .withDetail("lag_calls", lag).build();
    }

    @Override
    public String name() {
        return "index";
    }

    @Override
    public String describe() {
        if (!index.isOpen()) {
            return "not open";
        }
        try {
            // the calls written and the watermark of the same moment, so that written + lag is the calls to have
            IndexTailer.Progress progress = index.progress();
            long lag = lag(progress);
            if (lag == 0) {
                return index.graphsPending() ? "current, graphs building" : "current";
            }
            return String.format(Locale.ROOT, "building %,d/%,d", progress.written(), progress.written() + lag);
        } catch (RuntimeException databaseAway) {
            return "unknown: " + databaseAway.getClass().getSimpleName();
        }
    }

    private long lag() {
        return lag(index.progress());
    }

    private long lag(IndexTailer.Progress progress) {
        return feed.countAfter(progress.watermark());
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("salescalls.index.documents", index, i -> i.isOpen() ? i.size() : Double.NaN)
                .description("calls in this instance's vector index").register(registry);
        Gauge.builder("salescalls.index.lag.calls", this, health -> {
            try {
                return health.index.isOpen() ? health.lag() : Double.NaN;
            } catch (RuntimeException databaseAway) {
                return Double.NaN;
            }
        }).description("analysed calls not yet in this instance's vector index").register(registry);
    }
}
