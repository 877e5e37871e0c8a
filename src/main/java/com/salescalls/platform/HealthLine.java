package com.salescalls.platform;

/**
 * One more line of {@code /health} from a module that platform does not know, e.g. {@code index: "building
 * 412,000/1,000,000"}. Informational: it never makes the service unhealthy, and is asked only while the
 * database answers, so it may read from it.
 */
public interface HealthLine {

    /** The key in {@code /health}'s body. */
    String name();

    /** A short state; must not throw. */
    String describe();
}
