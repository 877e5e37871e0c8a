package com.salescalls.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * SIGTERM ends the process with exit code 0 after the graceful shutdown, as an orchestrator expects of a clean
 * stop: the JVM's own handler runs the same shutdown hooks (Spring's close: drain, hand back, database last) but
 * then exits with 143, which reads as a failure. {@code System.exit(0)} runs those hooks too.
 */
@Component
class TerminationSignal {

    private static final Logger log = LoggerFactory.getLogger(TerminationSignal.class);

    TerminationSignal() {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("TERM"), signal -> {
                log.info("SIGTERM: shutting down gracefully");
                // not on the signal's thread: exit waits for the hooks, which must not wait for this thread
                Thread.ofPlatform().name("sigterm-exit").start(() -> System.exit(0));
            });
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            log.debug("SIGTERM handler not installed ({}); the JVM's default applies", e.toString());
        }
    }
}
