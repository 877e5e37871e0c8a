package com.salescalls.live;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.support.DefaultHandshakeHandler;

import tools.jackson.databind.json.JsonMapper;

import com.salescalls.calls.CallService;
import com.salescalls.calls.IngestRules;
import com.salescalls.identity.AccessTokens;
import com.salescalls.identity.AllowedOrigins;
import com.salescalls.insights.UtteranceScorer;

/** The two live endpoints, their container limits, and the bus: Redis when configured, in-process otherwise. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableWebSocket
class LiveConfiguration {

    /** Room for every utterance of a call, plus its alerts and its start and end. */
    private static int historyLimit(LiveProperties properties) {
        return properties.maxUtterances() * 2 + 16;
    }

    @Bean
    LiveBus liveBus(ObjectProvider<RedisConnectionFactory> redis, Subscriptions subscriptions,
            LiveProperties properties) {
        RedisConnectionFactory connections = redis.getIfAvailable();
        return connections == null
                ? new InProcessLiveBus(subscriptions, historyLimit(properties), properties.idleTimeout())
                : new RedisLiveBus(connections, subscriptions, properties.redisPrefix(), historyLimit(properties),
                        properties.idleTimeout());
    }

    /**
     * The {@code live} part of readiness: out of service until the bus first delivers, so that a subscriber is never
     * balanced onto an instance that would not hear the other instances' producers. A Redis lost later keeps the
     * instance ready (the detail says so), as the cache does: leaving the balancer would not bring Redis back,
     * and every instance would leave at once.
     */
    @Bean
    HealthIndicator liveHealthIndicator(LiveBus liveBus) {
        return () -> {
            LiveBus.State state = liveBus.state();
            return (state.ready() ? Health.up() : Health.outOfService()).withDetail("bus", state.detail()).build();
        };
    }

    @Bean
    LiveCalls liveCalls(LiveBus liveBus) {
        return new LiveCalls(liveBus);
    }

    @Bean
    DefaultHandshakeHandler liveHandshakeHandler() {
        return new DefaultHandshakeHandler() {
            @Override
            protected String selectProtocol(List<String> requested, WebSocketHandler handler) {
                return HandshakeAuthentication.chosenProtocol(requested);
            }
        };
    }

    @Bean
    WebSocketConfigurer liveEndpoints(CallService calls, IngestRules rules, UtteranceScorer scorer, LiveBus bus,
            Subscriptions subscriptions, LiveSessions sessions, LiveProperties properties, JsonMapper json,
            AccessTokens tokens, DefaultHandshakeHandler liveHandshakeHandler, ApplicationEventPublisher events,
            AllowedOrigins origins) {
        // a browser page of another origin may not open a socket with a token it holds; clients that send no
        // Origin (not browsers) are not affected
        String[] allowed = origins.origins().toArray(String[]::new);
        return (WebSocketHandlerRegistry registry) -> {
            registry.addHandler(new SentimentSocketHandler(calls, scorer, bus, subscriptions, sessions, properties,
                            json), "/ws/sentiment/*")
                    .setHandshakeHandler(liveHandshakeHandler)
                    .addInterceptors(new LiveHandshake(LiveHandshake.Endpoint.SUBSCRIBER, tokens, sessions, json))
                    .setAllowedOrigins(allowed);
            registry.addHandler(new LiveCallSocketHandler(calls, rules, scorer, bus, sessions, properties, json,
                            events),
                            "/ws/calls/*/live")
                    .setHandshakeHandler(liveHandshakeHandler)
                    .addInterceptors(new LiveHandshake(LiveHandshake.Endpoint.PRODUCER, tokens, sessions, json))
                    .setAllowedOrigins(allowed);
        };
    }
}
