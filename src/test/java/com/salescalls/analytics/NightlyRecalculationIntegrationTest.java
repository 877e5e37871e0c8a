package com.salescalls.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.salescalls.support.RedisIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two more schedulers, as two more instances would have, on the same database as the application's: the nightly
 * task (here every second instead of at 02:00) still starts one recalculation per scheduled time, and each runs once.
 */
@RedisIntegrationTest
class NightlyRecalculationIntegrationTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    Recalculation recalculation;

    @Autowired
    OneTimeTask<Void> analyticsRecalculationTask;

    @Autowired
    AnalyticsProperties properties;

    @Autowired
    JdbcClient jdbc;

    @Test
    void defaultScheduleIsTwoAmUtc() {
        assertThat(properties.nightlyCron()).isEqualTo("0 0 2 * * *");
    }

    @Test
    void twoSchedulersOnOneDatabaseStartEachNightlyRunOnce() throws InterruptedException {
        String name = "nightly-once-test";
        Instant since = Instant.now();
        Map<Instant, AtomicInteger> runsPerScheduledTime = new ConcurrentHashMap<>();
        List<Scheduler> instances = List.of(instance("test-a", name, runsPerScheduledTime),
                instance("test-b", name, runsPerScheduledTime));
        instances.forEach(Scheduler::start);
        Thread.sleep(3500);
        instances.forEach(Scheduler::stop);

        assertThat(runsPerScheduledTime).hasSizeGreaterThanOrEqualTo(2);
        assertThat(runsPerScheduledTime.values()).allSatisfy(runs -> assertThat(runs.get()).isEqualTo(1));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (jdbc.sql("SELECT count(*) FROM jobs WHERE requested_by IS NULL AND created_at >= ? AND state <> "
                + "'succeeded'").param(java.sql.Timestamp.from(since)).query(Long.class).single() > 0) {
            assertThat(Instant.now()).as("nightly jobs still running").isBefore(deadline);
            Thread.sleep(100);
        }
        List<Integer> attempts = jdbc.sql("SELECT attempts FROM jobs WHERE requested_by IS NULL AND created_at >= ?")
                .param(java.sql.Timestamp.from(since)).query(Integer.class).list();
        assertThat(attempts).hasSize(runsPerScheduledTime.size()).containsOnly(1);
    }

    private Scheduler instance(String instanceName, String taskName, Map<Instant, AtomicInteger> runs) {
        RecurringTask<Void> nightly = RecalculationTasks.nightly(taskName, Schedules.cron("* * * * * *"),
                recalculation);
        return Scheduler.create(dataSource, List.of(analyticsRecalculationTask))
                .startTasks(nightly)
                .schedulerName(new SchedulerName.Fixed(instanceName))
                .pollingInterval(Duration.ofMillis(100))
                .threads(2)
                .addSchedulerListener(new AbstractSchedulerListener() {
                    @Override
                    public void onExecutionComplete(ExecutionComplete complete) {
                        if (complete.getExecution().getTaskName().equals(taskName)) {
                            runs.computeIfAbsent(complete.getExecution().executionTime, t -> new AtomicInteger())
                                    .incrementAndGet();
                        }
                    }
                })
                .build();
    }
}
