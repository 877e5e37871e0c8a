package com.salescalls.live;

import java.time.OffsetDateTime;

/** What a producer says about its call at the handshake; the stored call takes its metadata from here. */
record LiveCallSpec(String agentId, String customerId, String language, OffsetDateTime startTime) {
}
