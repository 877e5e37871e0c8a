package com.salescalls.calls;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.salescalls.platform.BodySizeLimit;

/** Ingest's own body limit. */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

    /** Bulk uploads are bounded by their own limit ({@code MAX_BULK_SIZE}), not the global body limit. */
    @Bean
    BodySizeLimit bulkIngestBodyLimit(CallsProperties properties) {
        return new BodySizeLimit("/api/v1/calls/bulk", properties.maxBulkSize());
    }
}
