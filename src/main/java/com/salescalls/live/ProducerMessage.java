package com.salescalls.live;

import org.jspecify.annotations.Nullable;

/**
 * What a producer sends: an utterance {@code {speaker, text, start_ms?, end_ms?}} (type absent or
 * {@code utterance}), or {@code {"type": "end"}}.
 */
record ProducerMessage(@Nullable String type, @Nullable String speaker, @Nullable String text,
                       @Nullable Long startMs, @Nullable Long endMs) {
}
