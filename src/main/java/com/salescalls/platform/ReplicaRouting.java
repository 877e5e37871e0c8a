package com.salescalls.platform;

import java.util.function.Supplier;

/**
 * The per-thread state of read routing: whether reads must go to the primary for now, and whether a replica has
 * served this thread since it was last asked. Static because the advice that uses it wraps beans before any of
 * them (the replicas included) exist.
 */
public final class ReplicaRouting {

    private static final ThreadLocal<Boolean> PRIMARY_ONLY = ThreadLocal.withInitial(() -> false);
    private static final ThreadLocal<Boolean> REPLICA_USED = ThreadLocal.withInitial(() -> false);

    private ReplicaRouting() {
    }

    /** Runs {@code work} with every connection it takes from the primary (read-only ones included). */
    public static <T> T onPrimary(Supplier<T> work) {
        boolean before = PRIMARY_ONLY.get();
        PRIMARY_ONLY.set(true);
        try {
            return work.get();
        } finally {
            PRIMARY_ONLY.set(before);
        }
    }

    static boolean primaryOnly() {
        return PRIMARY_ONLY.get();
    }

    static void replicaUsed() {
        REPLICA_USED.set(true);
    }

    /** Whether a replica served this thread since the last call, which starts the count again. */
    static boolean takeReplicaUsed() {
        boolean used = REPLICA_USED.get();
        REPLICA_USED.set(false);
        return used;
    }
}
