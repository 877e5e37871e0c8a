package com.salescalls.platform;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.redis.serializer.RedisSerializer;
import org.springframework.data.redis.serializer.SerializationException;

/**
 * Cache values in Redis as {@code <class name>\n<JSON>}: records are final, so Jackson's default typing would not
 * record their type, and a cache holds values of several types. Only classes of this application are written or
 * read back, so a value planted in Redis can never make us instantiate an arbitrary class.
 */
final class TypedJsonRedisSerializer implements RedisSerializer<Object> {

    private static final String TRUSTED = "com.salescalls.";

    private final JsonMapper mapper;

    TypedJsonRedisSerializer(JsonMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public byte @Nullable [] serialize(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        String type = value.getClass().getName();
        if (!type.startsWith(TRUSTED)) {
            throw new SerializationException("Only " + TRUSTED + "* values are cached in Redis, not " + type);
        }
        try {
            byte[] header = (type + "\n").getBytes(StandardCharsets.UTF_8);
            byte[] json = mapper.writeValueAsBytes(value);
            byte[] bytes = Arrays.copyOf(header, header.length + json.length);
            System.arraycopy(json, 0, bytes, header.length, json.length);
            return bytes;
        } catch (JacksonException e) {
            throw new SerializationException("Could not write " + type + " as JSON", e);
        }
    }

    @Override
    public @Nullable Object deserialize(byte @Nullable [] bytes) {
        if (bytes == null || bytes.length == 0) {
            return null;
        }
        int newline = 0;
        while (newline < bytes.length && bytes[newline] != '\n') {
            newline++;
        }
        String type = new String(bytes, 0, newline, StandardCharsets.UTF_8);
        if (!type.startsWith(TRUSTED) || newline == bytes.length) {
            throw new SerializationException("Not a cached value of this application: '" + type + "'");
        }
        try {
            Class<?> target = Class.forName(type, false, TypedJsonRedisSerializer.class.getClassLoader());
            return mapper.readValue(bytes, newline + 1, bytes.length - newline - 1, target);
        } catch (ClassNotFoundException | JacksonException e) {
            // e.g. a value written by another version of the application: a miss, not an error
            throw new SerializationException("Could not read a cached " + type, e);
        }
    }
}
