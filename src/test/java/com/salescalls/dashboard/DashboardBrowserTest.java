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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import com.salescalls.analysis.AnalysisService;
import com.salescalls.calls.CallService;
import com.salescalls.calls.NewCall;
import com.salescalls.generator.CallGenerator;
import com.salescalls.generator.GeneratedCall;
import com.salescalls.support.Api;
import com.salescalls.support.TestIndex;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard in a real browser (headless Chromium) against the whole application on a random port, on a
 * database of its own, with calls generated, stored and analysed through the pipeline first. No Redis: live calls
 * fan out in process.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "app.generator.demo-calls=0",
        "app.identity.jwt-secret=integration-test-secret-that-is-long-enough-0123456789",
        "app.identity.admin-username=" + Api.ADMIN,
        "app.identity.admin-password=" + Api.ADMIN_PASSWORD,
        TestIndex.PROPERTY,
        // bands unlike the defaults: the Call page must show the server's, not a copy of the defaults
        "app.coaching.questions.min=9",
        "app.coaching.questions.max=13",
        "app.coaching.max-monologue-seconds=120",
        // open WebSocket sessions would hold a graceful shutdown for its whole timeout when the test JVM exits
        "server.shutdown=immediate",
})
@AutoConfigureMockMvc
@Import(Api.class)
@ContextConfiguration(initializers = DashboardTestInitializer.class)
class DashboardBrowserTest {

    /** Agent ids unlike the generator's, so that a page showing another test's data would stand out. */
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

    @Autowired
    AnalysisService pipeline;

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
        pipeline.awaitAnalysis(Duration.ofMinutes(3));
        api.postJson("/api/v1/admin/users", Map.of("username", AGENT_USER, "email", AGENT_USER + "@example.com",
                "password", AGENT_PASSWORD, "role", "agent", "agent_id", generated.getFirst().agentId()), admin);
        // similar calls come from the vector index, which picks analysed calls up within about a second; ask the
        // (uncached) semantic search, not the recommendations, whose answer would be cached as it was then
        awaitUntil(() -> api.get("/api/v1/search?mode=semantic&limit=100&q=pricing", admin).body()
                .path("total").asInt() >= generated.size());
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
        String access = (String) browser.script("return JSON.parse(sessionStorage.getItem('salescalls.session')).access");

        browser.driver().findElement(By.id("signout")).click();
        browser.await(By.id("signin-form"));
        assertThat(browser.script("return sessionStorage.length")).isEqualTo(0L);
        // the session ended on the server too: the token the page held no longer works
        long deadline = System.currentTimeMillis() + 5_000;
        while (api.get("/auth/me", access).status() != 401 && System.currentTimeMillis() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(api.get("/auth/me", access).status()).isEqualTo(401);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void refreshesTheAccessTokenBeforeItExpires() {
        browser.signIn(Api.ADMIN, Api.ADMIN_PASSWORD);
        browser.await(By.id("leaderboard"));
        // as if the token were about to expire: the next request refreshes it first
        browser.script("const s = JSON.parse(sessionStorage.getItem('salescalls.session'));"
                + "s.expiresAt = Date.now() + 5000; sessionStorage.setItem('salescalls.session', JSON.stringify(s));");
        browser.route("calls");
        browser.await(By.cssSelector("#calls-table tbody tr"));

        // the session now holds a pair from /auth/refresh, good for the configured lifetime (30 min)
        Number leftMillis = (Number) browser.script(
                "return JSON.parse(sessionStorage.getItem('salescalls.session')).expiresAt - Date.now()");
        String after = (String) browser.script("return JSON.parse(sessionStorage.getItem('salescalls.session')).access");
        assertThat(leftMillis.longValue()).isGreaterThan(Duration.ofMinutes(20).toMillis());
        assertThat(api.get("/auth/me", after).status()).isEqualTo(200);
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
        List<WebElement> bands = browser.awaitCount(By.cssSelector("#metrics .band-row"), 5);
        assertThat(bands.get(1).getText()).contains("band 9–13");
        assertThat(bands.get(2).getText()).contains("under 120 s");
        assertThat(bands.getFirst().getText()).contains("band 38–48%");
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
        browser.screenshot(screenshots().resolve("live.png"));

        assertThat(seenMillis).isLessThan(2000);
        assertThat(browser.driver().findElement(By.cssSelector("#live-turns .turn .text")).getText())
                .isEqualTo("Welcome to the live dashboard test.");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theLivePageListsCallsInProgressAndJoinsOneLate() {
        String callId = "DASH_LIVE_LIST_" + System.nanoTime();
        Producer producer = Producer.connect(URI.create("ws://127.0.0.1:" + port + "/ws/calls/" + callId
                + "/live?customer_id=CUST_000043&agent_id=" + generated.getFirst().agentId() + "&token=" + admin));
        try {
            producer.send("{\"speaker\": \"Agent\", \"text\": \"Said before anyone watched.\"}");
            browser.signIn(Api.ADMIN, Api.ADMIN_PASSWORD);
            browser.route("live");
            browser.await(By.cssSelector("#live-list li[data-call='" + callId + "'] a")).click();

            browser.awaitText(By.cssSelector("#live-turns .turn .text"), "Said before anyone watched."::equals);
            producer.send("{\"speaker\": \"Customer\", \"text\": \"And this after.\"}");
            browser.awaitCount(By.cssSelector("#live-turns .turn"), 2);
        } finally {
            producer.close();
        }
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void replayMovesACursorThroughTheTranscript() {
        browser.signIn(Api.ADMIN, Api.ADMIN_PASSWORD);
        browser.route("call/" + generated.get(3).callId());
        browser.await(By.cssSelector("#transcript .turn"));
        new Select(browser.driver().findElement(By.id("replay-speed"))).selectByValue("200");
        browser.driver().findElement(By.id("replay")).click();

        browser.await(By.cssSelector("#transcript .turn.current"));
        browser.awaitText(By.cssSelector(".replay-status"), text -> text.startsWith("Replay finished"));
        List<WebElement> turns = browser.driver().findElements(By.cssSelector("#transcript .turn"));
        assertThat(turns.getLast().getAttribute("class")).contains("current");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void importAnalysesAPastedTranscriptAndUploadsAFileReportingRejectedLines() throws Exception {
        browser.signIn(Api.ADMIN, Api.ADMIN_PASSWORD);
        browser.route("import");
        browser.await(By.cssSelector("#analyse-form textarea")).sendKeys(
                "Agent: Thanks for joining! What slows your team down?\nCustomer: Reporting takes days, it is awful.");
        browser.driver().findElement(By.cssSelector("#analyse-form button[type=submit]")).click();
        browser.awaitText(By.id("analyse-result"), text -> text.contains("Customer sentiment"));

        String good = "{\"call_id\": \"DASH_IMPORT_1\", \"agent_id\": \"AGENT_0950\", \"customer_id\": \"CUST_1\", "
                + "\"start_time\": \"2026-11-02T10:00:00Z\", \"duration_seconds\": 30, "
                + "\"transcript\": \"Agent: Hello there.\\nCustomer: Great to talk, thanks.\"}";
        Path file = java.nio.file.Files.createTempFile("dashboard-import-", ".ndjson");
        java.nio.file.Files.writeString(file, good + "\n{\"call_id\": \"DASH_IMPORT_2\"}\n");
        try {
            browser.driver().findElement(By.cssSelector("#upload-form input[type=file]")).sendKeys(file.toString());
            browser.driver().findElement(By.cssSelector("#upload-form button[type=submit]")).click();
            browser.await(By.cssSelector("#rejected-lines tbody tr"));
            browser.awaitText(By.id("upload-status"), text -> text.startsWith("Analysed 1 of 1"));
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        List<WebElement> rejected = browser.driver().findElements(By.cssSelector("#rejected-lines tbody tr"));
        assertThat(rejected).hasSize(1);
        assertThat(rejected.getFirst().getText()).startsWith("2 DASH_IMPORT_2");
        assertThat(browser.driver().findElement(By.id("upload-progress")).getAttribute("value")).isEqualTo("100");
        browser.screenshot(screenshots().resolve("import.png"));
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void adminStartsARecalculationAndWatchesItsJobToTheEnd() {
        browser.signIn(Api.ADMIN, Api.ADMIN_PASSWORD);
        browser.route("admin");
        browser.await(By.id("pipeline-state"));
        browser.await(By.cssSelector("#users-table tr[data-user='" + AGENT_USER + "']"));
        browser.driver().findElement(By.id("recalculate")).click();

        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d ->
                d.findElements(By.cssSelector("#job-state .state.succeeded")).size() == 1);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void everyPageRendersWithoutConsoleErrorsAtDesktopAndPhoneWidth() {
        Path shots = screenshots();
        String call = generated.get(2).callId();
        browser.signIn(Api.ADMIN, Api.ADMIN_PASSWORD);
        Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("team", "team");
        pages.put("agent", "agent/" + generated.get(2).agentId());
        pages.put("calls", "calls?agent_id=" + generated.get(2).agentId());
        pages.put("search", "calls?q=" + "budget%20worries" + "&mode=hybrid&limit=10");
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
            if (!page.getKey().equals("live") && !page.getKey().equals("import")) {
                // the live and import tests take those two with something on them
                browser.screenshot(shots.resolve(page.getKey() + ".png"));
            }
            assertThat(browser.consoleErrors()).as("console of %s", page.getKey()).isEmpty();
            assertThat(browser.script(UNLABELLED_FIELDS)).as("fields without a label on %s", page.getKey())
                    .isEqualTo(List.of());
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

    /** The names of the form fields that neither a label nor an aria-label names. */
    private static final String UNLABELLED_FIELDS = """
            return [...document.querySelectorAll('input, select, textarea')]
                .filter(f => f.type !== 'hidden' && !f.getAttribute('aria-label')
                    && !(f.id && document.querySelector('label[for="' + f.id + '"]')))
                .map(f => f.name || f.outerHTML)""";

    @Test
    void keyboardFocusIsVisible() {
        browser.open("/app/");
        browser.await(By.id("signin-form"));
        // start from the page itself (a click on the heading), then walk the controls with the keyboard
        browser.driver().findElement(By.cssSelector("#signin-form h1")).click();
        for (int i = 0; i < 4; i++) {
            new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys(org.openqa.selenium.Keys.TAB)
                    .perform();
            Object outline = browser.script("const s = getComputedStyle(document.activeElement);"
                    + "return document.activeElement.tagName + ' ' + s.outlineStyle + ' ' + s.outlineWidth");
            assertThat(outline.toString()).as("focused element's outline").doesNotStartWith("BODY")
                    .doesNotContain(" none ")
                    .doesNotEndWith(" 0px");
        }
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private static Path screenshots() {
        return Path.of(System.getProperty("dashboard.screenshots", "target/screenshots"));
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
