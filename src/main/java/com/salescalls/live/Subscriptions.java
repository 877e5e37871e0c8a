package com.salescalls.live;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/** The subscribers connected to this instance, by call; the bus hands each live event here. */
@Component
class Subscriptions {

    private final Map<String, Set<Subscriber>> byCall = new ConcurrentHashMap<>();

    void add(Subscriber subscriber) {
        byCall.computeIfAbsent(subscriber.callId(), id -> ConcurrentHashMap.newKeySet()).add(subscriber);
    }

    void remove(Subscriber subscriber) {
        byCall.computeIfPresent(subscriber.callId(), (id, subscribers) -> {
            subscribers.remove(subscriber);
            return subscribers.isEmpty() ? null : subscribers;
        });
    }

    void deliver(LiveEvent event) {
        Set<Subscriber> subscribers = byCall.get(event.callId());
        if (subscribers != null) {
            subscribers.forEach(subscriber -> subscriber.accept(event));
        }
    }
}
