package com.salescalls.platform;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.redis.serializer.SerializationException;

import com.salescalls.calls.Call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TypedJsonRedisSerializerTest {

    private final TypedJsonRedisSerializer serializer = new TypedJsonRedisSerializer(JsonMapper.builder().build());

    @Test
    void recordsComeBackEqualWithNestedRecordsArraysAndTimes() {
        Call call = new Call("CALL_1", "AGENT_1", "CUST_1", "en",
                OffsetDateTime.of(2026, 6, 1, 9, 30, 0, 0, ZoneOffset.UTC), 120, "Agent: hi", 0.6, -0.25,
                "analyzed", null, null, new float[] {0.5f, -0.25f}, OffsetDateTime.of(2026, 6, 1, 9, 31, 0, 0,
                ZoneOffset.UTC), OffsetDateTime.of(2026, 6, 1, 9, 31, 0, 0, ZoneOffset.UTC));
        Call back = (Call) serializer.deserialize(serializer.serialize(call));
        assertThat(back).usingRecursiveComparison().isEqualTo(call);

        CacheProbe probe = new CacheProbe(Instant.parse("2026-06-01T00:00:00Z"), Duration.ofSeconds(5),
                Map.of("a", 1.5));
        assertThat(serializer.deserialize(serializer.serialize(probe))).isEqualTo(probe);
    }

    /** A value of this application with a map and java.time types. */
    record CacheProbe(Instant at, Duration took, Map<String, Double> values) {
    }

    @Test
    void refusesToWriteOrReadClassesOutsideTheApplication() {
        assertThatThrownBy(() -> serializer.serialize("a plain string")).isInstanceOf(SerializationException.class);
        byte[] planted = "java.net.URL\n\"http://example.com\"".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> serializer.deserialize(planted)).isInstanceOf(SerializationException.class)
                .hasMessageContaining("Not a cached value");
    }

    @Test
    void entryOfAClassThatNoLongerExistsIsAnError() {
        byte[] old = "com.salescalls.Gone\n{}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> serializer.deserialize(old)).isInstanceOf(SerializationException.class);
        assertThat(serializer.deserialize(null)).isNull();
    }
}
