package com.salescalls.dashboard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.util.FileSystemUtils;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver; never a downloaded browser. A machine without
 * them fails the browser tests with a message saying what to install, rather than skipping them. Each instance has
 * a fresh profile (no state between tests) and records the console, so tests can require that no page logged an
 * error.
 */
final class Chromium implements AutoCloseable {

    static final Path BINARY = Path.of(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
    static final Duration WAIT = Duration.ofSeconds(15);

    private final ChromeDriver driver;
    private final Path profile;
    private final String base;

    private Chromium(ChromeDriver driver, Path profile, String base) {
        this.driver = driver;
        this.profile = profile;
        this.base = base;
    }

    static Chromium start(String base) {
        if (!Files.isExecutable(BINARY) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("The dashboard's browser tests need Debian's Chromium at " + BINARY
                    + " and its driver at " + DRIVER + ": run `apt-get install -y chromium chromium-driver` "
                    + "(.ci/run does), or point CHROMIUM_BINARY and CHROMEDRIVER at them");
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("salescalls-chromium-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--user-data-dir=" + profile, "--window-size=1280,800", "--lang=en-US");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        return new Chromium(new ChromeDriver(service, options), profile, base);
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(base + path);
    }

    /** Goes to a route of the single-page app (the part after "#/"). */
    void route(String route) {
        driver.executeScript("location.hash = arguments[0]", "#/" + route);
    }

    WebElement await(By by) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    List<WebElement> awaitCount(By by, int count) {
        new WebDriverWait(driver, WAIT).until(d -> d.findElements(by).size() == count);
        return driver.findElements(by);
    }

    void awaitText(By by, Predicate<String> test) {
        new WebDriverWait(driver, WAIT).until(d -> d.findElements(by).stream().anyMatch(e -> test.test(e.getText())));
    }

    /** Waits until no loading indicator is left on the page (every request of the page answered). */
    void awaitLoaded() {
        new WebDriverWait(driver, WAIT).until(d -> d.findElements(By.cssSelector("main .loading")).isEmpty());
    }

    void signIn(String username, String password) {
        open("/app/");
        await(By.id("signin-form"));
        driver.findElement(By.cssSelector("#signin-form input[name=username]")).sendKeys(username);
        driver.findElement(By.cssSelector("#signin-form input[name=password]")).sendKeys(password);
        driver.findElement(By.cssSelector("#signin-form button[type=submit]")).click();
        await(By.id("signout"));
        new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.id("account")).isDisplayed());
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** The console's errors (and failed loads) since the last call. */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** The whole page as a PNG, beyond the viewport (Chromium's own screenshot command). */
    void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            @SuppressWarnings("unchecked")
            Map<String, Object> size = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics",
                    Map.of()).get("cssContentSize");
            Map<String, Object> clip = Map.of("x", 0, "y", 0, "scale", 1,
                    "width", ((Number) size.get("width")).doubleValue(),
                    "height", ((Number) size.get("height")).doubleValue());
            Map<String, Object> result = driver.executeCdpCommand("Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
            Files.write(file, Base64.getDecoder().decode((String) result.get("data")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }
}
