package com.salescalls.platform;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How this instance runs beside others: its name, its read replicas, its logs. (Kept apart from
 * {@link PlatformProperties}, which every module's tests build by hand, because these settings matter only when
 * deploying several instances.)
 *
 * @param instance            the name this instance gives in the {@code X-Instance} header ({@code INSTANCE_NAME};
 *                            the host name by default)
 * @param replicaUrls         read replicas of {@code DATABASE_URL} ({@code DATABASE_REPLICA_URLS}, comma-separated, each
 *                            in the same forms); read-only transactions go to a healthy one
 * @param replicaMaxLag       a replica further behind the primary than this is skipped ({@code REPLICA_MAX_LAG})
 * @param replicaCheckInterval how often each replica's health and lag are measured
 * @param logFormat           {@code text} or {@code json} (structured, one object per line: {@code LOG_FORMAT})
 * @param healthTimeout       how long {@code GET /health} waits for PostgreSQL before it answers 503
 *                            ({@code HEALTH_TIMEOUT}): a load balancer learns of an outage in this time, not in the
 *                            pool's 30 s connection timeout
 */
@Validated
@ConfigurationProperties("app.operations")
public record OperationsProperties(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9_.:-]{1,64}", message = "must be 1-64 of [A-Za-z0-9_.:-]")
        String instance,
        @NotNull List<String> replicaUrls,
        @NotNull Duration replicaMaxLag,
        @NotNull Duration replicaCheckInterval,
        @Pattern(regexp = "text|json", message = "must be text or json") String logFormat,
        @NotNull Duration healthTimeout) {

    public OperationsProperties {
        replicaUrls = replicaUrls.stream().map(String::strip).filter(url -> !url.isEmpty()).toList();
    }
}
