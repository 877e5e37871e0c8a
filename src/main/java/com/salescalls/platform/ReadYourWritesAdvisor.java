package com.salescalls.platform;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;

import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.StaticMethodMatcherPointcutAdvisor;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps replica reads from contradicting a client's own writes, which a replica may not have replayed yet:
 * <ul>
 * <li>a read-only transaction that a replica answered with "not found" (a 404 problem: the call, job or user may
 * have just been written) is run again on the primary, so a {@code POST} then an immediate {@code GET} never gets
 * a false 404;</li>
 * <li>a read that failed because its replica went away is run again on the primary;</li>
 * <li>a cache is filled from the primary: an entry read from a replica just after an eviction could bring back the
 * evicted state and keep it for the whole TTL.</li>
 * </ul>
 * Wraps the transaction and cache advice (it runs first), and only this application's beans.
 */
final class ReadYourWritesAdvisor extends StaticMethodMatcherPointcutAdvisor {

    private enum Kind { CACHE_FILL, READ_ONLY, NONE }

    private final Map<Method, Kind> kinds = new ConcurrentHashMap<>();

    ReadYourWritesAdvisor() {
        setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        setAdvice((MethodInterceptor) this::invoke);
    }

    @Override
    public boolean matches(Method method, Class<?> targetClass) {
        return targetClass.getName().startsWith("com.salescalls.") && kind(method, targetClass) != Kind.NONE;
    }

    private Kind kind(Method method, Class<?> targetClass) {
        return kinds.computeIfAbsent(AopUtils.getMostSpecificMethod(method, targetClass), specific -> {
            if (AnnotatedElementUtils.hasAnnotation(specific, Cacheable.class)) {
                return Kind.CACHE_FILL;
            }
            Transactional transactional = AnnotatedElementUtils.findMergedAnnotation(specific, Transactional.class);
            if (transactional == null) {
                transactional = AnnotatedElementUtils.findMergedAnnotation(targetClass, Transactional.class);
            }
            return transactional != null && transactional.readOnly() ? Kind.READ_ONLY : Kind.NONE;
        });
    }

    private @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
        if (ReplicaRouting.primaryOnly()) {
            return invocation.proceed();
        }
        Class<?> target = invocation.getThis() == null ? invocation.getMethod().getDeclaringClass()
                : AopUtils.getTargetClass(invocation.getThis());
        Kind kind = kind(invocation.getMethod(), target);
        if (kind == Kind.CACHE_FILL) {
            return onPrimary(invocation);
        }
        if (kind != Kind.READ_ONLY || TransactionSynchronizationManager.isActualTransactionActive()) {
            return invocation.proceed(); // an inner call: the outermost transaction decides
        }
        // an invocation runs its advice chain once: the second run needs a copy made before the first
        MethodInvocation retry = invocation instanceof ProxyMethodInvocation proxy ? proxy.invocableClone() : null;
        ReplicaRouting.takeReplicaUsed();
        try {
            return invocation.proceed();
        } catch (Refusal e) {
            if (retry != null && e.kind() == Refusal.Kind.NOT_FOUND && ReplicaRouting.takeReplicaUsed()) {
                return onPrimary(retry);
            }
            throw e;
        } catch (DataAccessResourceFailureException | TransientDataAccessResourceException
                 | CannotCreateTransactionException | TransactionSystemException e) {
            if (retry != null && ReplicaRouting.takeReplicaUsed()) {
                return onPrimary(retry); // the replica died under the read, before its check saw it
            }
            throw e;
        }
    }

    private static @Nullable Object onPrimary(MethodInvocation again) throws Throwable {
        try {
            return ReplicaRouting.onPrimary(() -> {
                try {
                    return again.proceed();
                } catch (Throwable e) {
                    throw new Rethrown(e);
                }
            });
        } catch (Rethrown wrapper) {
            throw wrapper.getCause();
        }
    }

    /** Carries a checked throwable through the supplier. */
    private static final class Rethrown extends RuntimeException {
        Rethrown(Throwable cause) {
            super(cause);
        }
    }
}
