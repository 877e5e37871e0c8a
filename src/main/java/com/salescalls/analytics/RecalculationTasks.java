package com.salescalls.analytics;

import java.time.ZoneOffset;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The recalculation's db-scheduler tasks (platform's scheduler registers every task bean): the one-time run of a
 * job, and the nightly schedule that starts such a job. The nightly instance is one row of scheduled_tasks, claimed
 * by one instance at a time, so however many instances run, each night starts one job.
 */
@Configuration(proxyBeanMethods = false)
class RecalculationTasks {

    static final String NIGHTLY = "analytics-nightly-recalculation";

    @Bean
    OneTimeTask<Void> analyticsRecalculationTask(Recalculation recalculation) {
        return Tasks.oneTime(Recalculation.TASK)
                .onFailure(recalculation::failed)
                .execute((instance, context) -> recalculation.run(UUID.fromString(instance.getId()),
                        context.getExecution().consecutiveFailures + 1));
    }

    @Bean
    RecurringTask<Void> analyticsNightlyTask(Recalculation recalculation, AnalyticsProperties properties) {
        return nightly(NIGHTLY, Schedules.cron(properties.nightlyCron(), ZoneOffset.UTC), recalculation);
    }

    static RecurringTask<Void> nightly(String name, Schedule schedule, Recalculation recalculation) {
        return Tasks.recurring(name, schedule)
                .execute((instance, context) -> recalculation.start(null,
                        "Nightly run scheduled for " + context.getExecution().executionTime,
                        context.getSchedulerClient()));
    }
}
