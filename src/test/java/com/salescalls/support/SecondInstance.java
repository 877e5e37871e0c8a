package com.salescalls.support;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.salescalls.SalesCallsApplication;

/** Another application instance beside a {@link WebSocketIntegrationTest}'s: same database, Redis and settings. */
public final class SecondInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private SecondInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static SecondInstance start() {
        return start(Map.of());
    }

    /** With some settings ({@code key -> value}) in place of the shared ones. */
    public static SecondInstance start(Map<String, String> overrides) {
        // as arguments, which outrank application.yml (default properties would not)
        Stream<String> settings = Stream.concat(
                Arrays.stream(WebSocketIntegrationTest.class.getAnnotation(SpringBootTest.class).properties()),
                Stream.of("server.port=0", "management.server.port=0", "app.platform.database-url=" + WebSocketTestInitializer.database(),
                        "app.platform.redis-url=" + TestRedis.url(), "app.live.redis-prefix=" + redisPrefix()));
        Stream<String> kept = settings.filter(setting -> !overrides.containsKey(setting.substring(0, setting.indexOf('='))));
        Stream<String> all = Stream.concat(kept, overrides.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()));
        return new SecondInstance(new SpringApplicationBuilder(SalesCallsApplication.class)
                .run(all.map(setting -> "--" + setting).toArray(String[]::new)));
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    static String redisPrefix() {
        return "test:" + ProcessHandle.current().pid() + ":live:";
    }

    @Override
    public void close() {
        context.close();
    }
}
