package com.salescalls.dashboard;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.salescalls.calls.CallService;
import com.salescalls.calls.NewCall;
import com.salescalls.generator.CallGenerator;
import com.salescalls.generator.GeneratedCall;
import com.salescalls.support.Api;
import com.salescalls.support.WebSocketIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard in a real browser (headless Chromium) against the whole application on a random port, with calls
 * generated, stored and analysed through the pipeline first.
 */
@WebSocketIntegrationTest
class DashboardBrowserTest {

    /** Agents of their own, so that the other tests' calls in the shared database never mix into these pages. */
    static final String AGENT_PREFIX = "AGENT_09";
    static final String XSS_CALL = "DASH_XSS_1";
    static final String XSS_AGENT_LINE = "<script>window.__xss = 1</script> Hello, thanks for joining.";
    static final String XSS_CUSTOMER_LINE = "<img src=x onerror=\"window.__xss = 2\"> Happy to be here, great.";
    static final String AGENT_USER = "dash-agent";
    static final String AGENT_PASSWORD = "dash-agent-pass-1";

    private static volatile boolean seeded;
    private static List<GeneratedCall> generated = List.of();

    @LocalServerPort
    int port;

    @Autowired
    Api api;

    @Autowired
    CallService calls;

    Chromium browser;
    String admin;

    @BeforeEach
    void seedAndStart() {
        admin = api.adminToken();
        seed();
        browser = Chromium.start("http://127.0.0.1:" + port);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private synchronized void seed() {
        if (seeded) {
            return;
        }
        generated = new CallGenerator(15, Instant.now()).generate(30, 96_000_001).stream()
                .map(c -> new GeneratedCall(c.callId(), AGENT_PREFIX + c.agentId().substring(c.agentId().length() - 2),
                        c.customerId(), c.language(), c.startTime(), c.durationSeconds(), c.transcript(), c.mood(),
                        c.agentStyle()))
                .toList();
        List<NewCall> batch = new ArrayList<>(generated.stream().map(c -> new NewCall(c.callId(), c.agentId(),
                c.customerId(), c.language(), c.startTime(), c.durationSeconds(), c.transcript())).toList());
        batch.add(new NewCall(XSS_CALL, generated.getFirst().agentId(), "CUST_000777", "en",
                generated.getFirst().startTime(), 20, "Agent: " + XSS_AGENT_LINE + "\nCustomer: " + XSS_CUSTOMER_LINE));
        calls.ingest(batch);
        calls.awaitAnalysis(Duration.ofMinutes(3));
        api.postJson("/api/v1/admin/users", Map.of("username", AGENT_USER, "email", AGENT_USER + "@example.com",
                "password", AGENT_PASSWORD, "role", "agent", "agent_id", generated.getFirst().agentId()), admin);
        // similar calls come from the vector index, which picks analysed calls up within about a second
        awaitUntil(() -> api.get("/api/v1/calls/" + generated.getFirst().callId() + "/recommendations", admin).body()
                .path("similar_calls").size() >= 3);
        seeded = true;
    }

    private static void awaitUntil(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 30 s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private String otherAgentsCall() {
        String own = generated.getFirst().agentId();
        return generated.stream().filter(c -> !c.agentId().equals(own)).findFirst().orElseThrow().callId();
    }

    @Test
    void signsInAndOut() {
        browser.signIn(Api.ADMIN, Api.ADMIN_PASSWORD);
        browser.await(By.id("leaderboard"));
        assertThat(browser.driver().findElement(By.id("whoami")).getText()).contains(Api.ADMIN).contains("admin");
        assertThat(browser.script("return JSON.stringify(sessionStorage)").toString()).contains("access");
        assertThat(browser.driver().getCurrentUrl()).doesNotContain("token").doesNotContain("eyJ");

        browser.driver().findElement(By.id("signout")).click();
        browser.await(By.id("signin-form"));
        assertThat(browser.script("return sessionStorage.length")).isEqualTo(0L);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void wrongPasswordShowsTheApisDetail() {
        browser.open("/app/");
        browser.await(By.id("signin-form"));
        browser.driver().findElement(By.cssSelector("#signin-form input[name=username]")).sendKeys(Api.ADMIN);
        browser.driver().findElement(By.cssSelector("#signin-form input[name=password]")).sendKeys("wrong-password");
        browser.driver().findElement(By.cssSelector("#signin-form button[type=submit]")).click();
        browser.awaitText(By.cssSelector("#signin-form .error"), text -> text.startsWith("401"));
        assertThat(browser.consoleErrors()).allMatch(message -> message.contains("401"));
    }

    @Test
    void teamPageListsTheLeaderboardsAgentsWithTheSameTopAgent() {
        browser.signIn(Api.ADMIN, Api.ADMIN_PASSWORD);
        browser.route("team");
        browser.await(By.cssSelector("#leaderboard tbody tr"));
        browser.awaitLoaded();
        JsonNode board = api.get("/api/v1/analytics/agents", admin).body().get("agents");
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#leaderboard tbody tr"));

        assertThat(rows).hasSize(board.size());
        assertThat(rows.getFirst().getAttribute("data-agent")).isEqualTo(board.get(0).get("agent_id").asString());
        for (String id : List.of("chart-sentiment", "chart-talk", "chart-weekly")) {
            browser.await(By.cssSelector("#" + id + "[data-chart-ready] canvas"));
        }
        // sorting by a column header sorts the table in the page
        browser.driver().findElement(By.xpath("//th/button[text()='Calls']")).click();
        assertThat(browser.driver().findElement(By.xpath("//th[button[text()='Calls']]")).getAttribute("aria-sort"))
                .isEqualTo("descending");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void opensACallFromTheCallsPageWithItsThreeNudgesAndATimeline() {
        browser.signIn(Api.ADMIN, Api.ADMIN_PASSWORD);
        browser.route("calls");
        WebElement agent = browser.await(By.cssSelector("#calls-form input[name=agent_id]"));
        agent.sendKeys(generated.get(1).agentId());
        browser.driver().findElement(By.xpath("//form[@id='calls-form']//button[text()='Apply filters']")).click();
        browser.await(By.cssSelector("#calls-table tbody tr[data-call] a")).click();

        browser.awaitCount(By.cssSelector("#nudges .nudge"), 3);
        browser.await(By.cssSelector("#chart-timeline[data-chart-ready] canvas"));
        String callId = browser.driver().findElement(By.id("call-id")).getText();
        assertThat(callId).startsWith("CALL_");
        assertThat(browser.driver().findElements(By.cssSelector("#nudges .nudge .evidence")))
                .allMatch(e -> !e.getText().isBlank());
        assertThat(browser.driver().findElements(By.cssSelector("#transcript .turn.tone-pos, #transcript .turn.tone-neg,"
                + " #transcript .turn.tone-neu"))).isNotEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("#similar a"))).isNotEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("#metrics .band-row"))).hasSize(5);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void keywordSearchShowsAHighlightedSnippetWithItsRank() {
        browser.signIn(Api.ADMIN, Api.ADMIN_PASSWORD);
        browser.route("calls");
        browser.await(By.cssSelector("#calls-form input[name=q]")).sendKeys("pricing");
        new Select(browser.driver().findElement(By.cssSelector("#calls-form select[name=mode]"))).selectByValue("keyword");
        browser.driver().findElement(By.xpath("//form[@id='calls-form']//button[text()='Search']")).click();

        WebElement mark = browser.await(By.cssSelector("#search-results .snippet mark"));
        assertThat(mark.getText().toLowerCase()).startsWith("pric");
        assertThat(browser.driver().findElement(By.cssSelector("#search-results .ranks")).getText())
                .contains("keyword rank 1");
        assertThat(browser.driver().getCurrentUrl()).contains("mode=keyword").contains("q=pricing");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void anAgentUserCannotOpenAnotherAgentsCall() {
        browser.signIn(AGENT_USER, AGENT_PASSWORD);
        // an agent lands on its own agent page
        browser.await(By.cssSelector("[data-page=agent]"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("#/agent/" + generated.getFirst().agentId());
        browser.route("call/" + otherAgentsCall());

        browser.awaitText(By.cssSelector("main .error"), text -> text.contains("not found"));
        assertThat(browser.driver().findElements(By.id("transcript"))).isEmpty();
        assertThat(browser.consoleErrors()).allMatch(message -> message.contains("404"));
    }

    @Test
    void markupInATranscriptRendersAsText() {
        browser.signIn(Api.ADMIN, Api.ADMIN_PASSWORD);
        browser.route("call/" + XSS_CALL);
        browser.awaitCount(By.cssSelector("#transcript .turn"), 2);

        List<String> texts = browser.driver().findElements(By.cssSelector("#transcript .turn .text")).stream()
                .map(WebElement::getText).toList();
        assertThat(texts).containsExactly(XSS_AGENT_LINE, XSS_CUSTOMER_LINE);
        assertThat(browser.driver().findElements(By.cssSelector("#transcript img, #transcript script"))).isEmpty();
        assertThat(browser.script("return window.__xss === undefined")).isEqualTo(true);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aLiveCallPostedThroughTheProducerSocketAppearsWithinTwoSeconds() throws Exception {
        String callId = "DASH_LIVE_" + System.nanoTime();
        browser.signIn(Api.ADMIN, Api.ADMIN_PASSWORD);
        browser.route("live?call=" + callId);
        browser.awaitText(By.id("live-status"), text -> text.startsWith("Waiting"));

        Producer producer = Producer.connect(URI.create("ws://127.0.0.1:" + port + "/ws/calls/" + callId
                + "/live?customer_id=CUST_000042&agent_id=" + generated.getFirst().agentId() + "&token=" + admin));
        long sent = System.nanoTime();
        producer.send("{\"speaker\": \"Agent\", \"text\": \"Welcome to the live dashboard test.\"}");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(2)).until(d ->
                !d.findElements(By.cssSelector("#live-turns .turn")).isEmpty());
        long seenMillis = (System.nanoTime() - sent) / 1_000_000;
        producer.send("{\"speaker\": \"Customer\", \"text\": \"We may go with PipeStream, it is cheaper.\"}");
        browser.awaitCount(By.cssSelector("#live-turns .turn"), 2);
        browser.await(By.cssSelector("#live-alerts .alert"));
        producer.send("{\"type\": \"end\"}");
        browser.awaitText(By.id("live-status"), text -> text.startsWith("Call ended"));
        producer.close();

        assertThat(seenMillis).isLessThan(2000);
        assertThat(browser.driver().findElement(By.cssSelector("#live-turns .turn .text")).getText())
                .isEqualTo("Welcome to the live dashboard test.");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void everyPageRendersWithoutConsoleErrorsAtDesktopAndPhoneWidth() {
        Path shots = Path.of(System.getProperty("dashboard.screenshots", "target/screenshots"));
        String call = generated.get(2).callId();
        browser.signIn(Api.ADMIN, Api.ADMIN_PASSWORD);
        Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("team", "team");
        pages.put("agent", "agent/" + generated.get(2).agentId());
        pages.put("calls", "calls?agent_id=" + generated.get(2).agentId());
        pages.put("search", "calls?q=" + "budget%20worries" + "&mode=hybrid");
        pages.put("call", "call/" + call);
        pages.put("live", "live");
        pages.put("import", "import");
        pages.put("admin", "admin");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            browser.resize(1280, 800);
            browser.route(page.getValue());
            browser.await(By.cssSelector("[data-page=" + page.getValue().split("[/?]")[0] + "]"));
            browser.awaitLoaded();
            awaitCharts();
            browser.screenshot(shots.resolve(page.getKey() + ".png"));
            assertThat(browser.consoleErrors()).as("console of %s", page.getKey()).isEmpty();
        }
        browser.resize(390, 844);
        browser.route("call/" + call);
        browser.awaitLoaded();
        awaitCharts();
        Object overflow = browser.script("return document.documentElement.scrollWidth > window.innerWidth + 1");
        browser.screenshot(shots.resolve("call-phone.png"));
        assertThat(overflow).as("page wider than a phone screen").isEqualTo(false);
        browser.driver().findElement(By.id("signout")).click();
        browser.await(By.id("signin-form"));
        browser.resize(1280, 800);
        browser.screenshot(shots.resolve("signin.png"));
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private void awaitCharts() {
        new WebDriverWait(browser.driver(), Chromium.WAIT).until(d -> d.findElements(By.cssSelector(".chart")).stream()
                .allMatch(chart -> chart.getAttribute("data-chart-ready") != null
                        || !chart.findElements(By.cssSelector(".error, .empty")).isEmpty()));
    }

    /** A producer of a live call on the JDK's WebSocket client; replies are read and dropped. */
    static final class Producer implements WebSocket.Listener, AutoCloseable {

        private final WebSocket socket;

        private Producer(URI uri) {
            this.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                    .buildAsync(uri, this).join();
        }

        static Producer connect(URI uri) {
            return new Producer(uri);
        }

        void send(String message) {
            socket.sendText(message, true).join();
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            webSocket.request(1);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void close() {
            // after "end" the server closes the call itself; only a still-open socket needs closing
            if (!socket.isOutputClosed()) {
                try {
                    socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
                } catch (java.util.concurrent.CompletionException e) {
                    socket.abort();
                }
            }
        }
    }
}
