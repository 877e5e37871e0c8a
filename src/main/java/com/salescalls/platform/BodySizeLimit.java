package com.salescalls.platform;

import org.springframework.util.unit.DataSize;

/**
 * A request path whose bodies have their own size limit instead of {@code MAX_BODY_SIZE}; a module declares one
 * as a bean for an endpoint that streams large bodies by design (bulk ingest).
 */
public record BodySizeLimit(String path, DataSize maxSize) {
}
