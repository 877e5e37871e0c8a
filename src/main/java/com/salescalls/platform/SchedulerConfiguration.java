package com.salescalls.platform;

import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.OnStartup;
import com.github.kagkarlsson.scheduler.task.Task;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The cluster-safe scheduler (db-scheduler core) over the {@code scheduled_tasks} table. Modules contribute
 * {@link Task} beans; recurring ones are registered at start. Each due task instance is claimed with a row
 * lock, so with several instances it runs once. The scheduler starts after the context (and so after Flyway)
 * and stops, letting running tasks finish, when the context closes.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SchedulerProperties.class)
class SchedulerConfiguration {

    @Bean
    Scheduler scheduler(DataSource dataSource, ObjectProvider<Task<?>> tasks, SchedulerProperties properties) {
        List<Task<?>> known = tasks.orderedStream().toList();
        // the builder adds the start tasks to the known ones itself: listing them twice fails as a duplicate
        return Scheduler.create(dataSource, known.stream().filter(task -> !(task instanceof OnStartup)).toList())
                .startTasks(startTasks(known))
                .threads(properties.threads())
                .pollingInterval(properties.pollingInterval())
                .enableImmediateExecution()
                .build();
    }

    @Bean
    SmartLifecycle schedulerLifecycle(Scheduler scheduler, SchedulerProperties properties) {
        return new SchedulerLifecycle(scheduler, properties.enabled());
    }

    // the builder wants tasks that are both Task and OnStartup; recurring tasks are, under one static type
    @SuppressWarnings("unchecked")
    private static <T extends Task<?> & OnStartup> List<T> startTasks(List<Task<?>> tasks) {
        return (List<T>) (List<?>) tasks.stream().filter(task -> task instanceof OnStartup).toList();
    }
}
