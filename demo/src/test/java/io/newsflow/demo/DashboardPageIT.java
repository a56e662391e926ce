package io.newsflow.demo;

import io.newsflow.app.config.ConfigLoader;
import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.index.settings.ServeSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The monitoring page end to end, as a person sees it: the demo corpus scraped, enriched and indexed on the embedded
 * Kafka broker and Elasticsearch node, plus one article whose title is an HTML tag, then the page in headless
 * Chromium (Debian's {@code chromium} and {@code chromium-driver}, driven by Selenium): a search, a filter, an actor
 * timeline, a relations point's events, the charts drawn with data, the XSS title shown as text, no console errors.
 * Screenshots go to {@code target/screenshots/}.
 *
 * <p>Chromium is looked for at {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (or the environment
 * variables {@code CHROMIUM} and {@code CHROMEDRIVER}). Without them the test fails under CI ({@code CI=true}, where
 * {@code .ci/run} installs them) and is skipped with a message elsewhere.
 */
class DashboardPageIT {
    static final String XSS_TITLE = "<img src=x onerror=alert(1)>";
    static final Duration WAIT = Duration.ofSeconds(30);
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static Demo demo;
    static WebDriver browser;
    static String page;

    @BeforeAll
    static void startDemoAndBrowser() throws Exception {
        File chromium = new File(env("CHROMIUM", "/usr/bin/chromium"));
        File driver = new File(env("CHROMEDRIVER", "/usr/bin/chromedriver"));
        boolean present = chromium.canExecute() && driver.canExecute();
        String missing = "headless Chromium is needed for the page test: " + chromium + " and " + driver
                + " (apt-get install -y chromium chromium-driver; .ci/run installs them)";
        if ("true".equals(System.getenv("CI"))) assertThat(present).as(missing).isTrue();
        Assumptions.assumeTrue(present, "skipped: " + missing);

        NewsflowConfig defaults = ConfigLoader.defaultsOnly();
        NewsflowConfig config = new NewsflowConfig(defaults.kafka(), defaults.ingest(), defaults.enrich(),
                defaults.index().withServe(new ServeSettings("127.0.0.1", 0)));
        demo = new Demo(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), config);
        demo.run(List.of());
        Path dir = Files.createTempDirectory("newsflow-xss-");
        Path xss = Files.writeString(dir.resolve("xss.html"), """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
                <title>&lt;img src=x onerror=alert(1)&gt;</title>
                <meta property="og:title" content="&lt;img src=x onerror=alert(1)&gt;">
                <meta property="article:published_time" content="2025-11-20T10:00:00Z"></head>
                <body><article><h1>&lt;img src=x onerror=alert(1)&gt;</h1>
                <p>Xsscanary report: Russia and Armenia held talks in Yerevan on 19 November 2025 about the railway and
                the Gyumri base. Officials from both governments said the talks would continue in December.</p>
                </article></body></html>
                """);
        assertThat(demo.ingestFiles(List.of(xss))).isEqualTo(1);
        page = demo.startPage();

        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,2600",
                "--user-data-dir=" + Files.createTempDirectory("newsflow-chromium-"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(driver).usingAnyFreePort().build(), options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.quit();
        if (demo != null) demo.close();
    }

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    @Test
    void thePageSearchesFiltersDrawsChartsAndOpensTimelinesWithoutErrors() throws Exception {
        browser.get(page);
        loaded();
        screenshot("01-page");

        // every chart is drawn, with data
        for (String chart : List.of("chart-coverage", "chart-relations", "chart-actors", "chart-pairs", "chart-dead-letters")) {
            WebElement c = browser.findElement(By.id(chart));
            assertThat(Integer.parseInt(c.getAttribute("data-points"))).as(chart + " data points").isPositive();
            assertThat(c.findElements(By.tagName("canvas"))).as(chart + " canvas").isNotEmpty();
        }
        // the health panel: index sizes, both stages' lag, the demo's two dead letters and the polled feeds
        assertThat(text("health-indexes")).contains("newsflow-articles", "newsflow-events");
        assertThat(text("health-lag")).contains("enrich", "index");
        assertThat(text("health-fetch")).contains("127.0.0.1");
        assertThat(text("health-polls")).contains("demo-site", "demo-lratu");

        // a search: highlighted results with their actors and events
        submitSearch("Gyumri base");
        List<WebElement> results = browser.findElements(By.cssSelector("#results li.result"));
        assertThat(results).isNotEmpty();
        assertThat(results.getFirst().findElements(By.tagName("mark"))).isNotEmpty();
        assertThat(results.getFirst().findElements(By.cssSelector(".chip.actor"))).isNotEmpty();
        assertThat(results.getFirst().findElement(By.cssSelector("a.title")).getAttribute("href")).startsWith(demo.siteUrl());
        screenshot("02-search");

        // a filter: Russian articles only
        new Select(browser.findElement(By.id("f-lang"))).selectByValue("ru");
        submitSearch("");
        List<WebElement> russian = browser.findElements(By.cssSelector("#results li.result"));
        assertThat(russian).isNotEmpty().allSatisfy(r -> assertThat(r.findElement(By.cssSelector(".meta")).getText()).endsWith("ru"));
        assertThat(russian.getFirst().findElement(By.cssSelector("a.title")).getText()).containsPattern("\\p{IsCyrillic}");
        screenshot("03-filter-ru");
        refreshedBy(() -> browser.findElement(By.id("clear-filters")).click());

        // the article whose title is an HTML tag: shown as text, nothing injected, no alert
        submitSearch("xsscanary");
        WebElement xss = browser.findElement(By.cssSelector("#results li.result .title")); // a file: no http link
        assertThat(xss.getText()).isEqualTo(XSS_TITLE);
        assertThat(browser.findElements(By.cssSelector("#results img"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("img[src=x]"))).isEmpty();
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        screenshot("04-xss-as-text");

        // an actor timeline, opened by clicking the actor on a result
        submitSearch("Putin Pashinyan phone");
        browser.findElements(By.cssSelector("#results .chip.actor")).stream()
                .filter(chip -> chip.getText().equals("Nikol Pashinyan")).findFirst().orElseThrow().click();
        new WebDriverWait(browser, WAIT).until(b -> !b.findElements(By.cssSelector("#timeline li.event")).isEmpty());
        List<WebElement> timeline = browser.findElements(By.cssSelector("#timeline li.event"));
        assertThat(browser.findElement(By.id("timeline-actor")).getAttribute("value")).isEqualTo("Nikol Pashinyan");
        assertThat(timeline).hasSizeGreaterThan(5);
        assertThat(timeline).allSatisfy(e -> assertThat(e.getText()).contains("Nikol Pashinyan"));
        assertThat(timeline).allSatisfy(e -> assertThat(e.findElement(By.tagName("blockquote")).getText()).isNotBlank());
        assertThat(text("timeline")).contains("(day)", "CONSULT (phone call)");
        screenshot("05-timeline");

        // a relations point: its events with their evidence sentences (the latest week with a verbal-cooperation bar, as
        // a reader clicks it; the latest week of all may hold other kinds only, as undated events take the day they are read)
        ((JavascriptExecutor) browser).executeScript(
                "const bars = chart('chart-relations').getOption().series.find((s) => s.name === 'VERBAL_COOPERATION').data;"
                        + "const last = bars.map((c, i) => (c > 0 ? i : -1)).filter((i) => i >= 0).pop();"
                        + "openRelationEvents(relationWeeks[last], 'VERBAL_COOPERATION').catch(showError);");
        new WebDriverWait(browser, WAIT).until(b -> !b.findElement(By.id("rel-events-title")).getText().isEmpty());
        assertThat(text("rel-events-title")).matches("verbal cooperation between RUS and ARM, week of \\d{4}-\\d{2}-\\d{2}: [1-9]\\d* event\\(s\\)");
        assertThat(browser.findElements(By.cssSelector("#rel-events li.event blockquote"))).isNotEmpty()
                .allSatisfy(q -> assertThat(q.getText()).isNotBlank());
        screenshot("06-relations-events");

        assertThat(consoleErrors()).isEmpty();
    }

    void submitSearch(String words) {
        WebElement q = browser.findElement(By.id("f-q"));
        q.clear();
        if (!words.isEmpty()) q.sendKeys(words);
        refreshedBy(() -> browser.findElement(By.id("apply")).click());
    }

    /** Runs {@code action} and waits until the page has refreshed all its panels after it. */
    void refreshedBy(Runnable action) {
        String before = browser.findElement(By.tagName("body")).getAttribute("data-loaded");
        action.run();
        new WebDriverWait(browser, WAIT).until(b -> {
            String now = b.findElement(By.tagName("body")).getAttribute("data-loaded");
            return now != null && !now.equals(before);
        });
    }

    void loaded() {
        new WebDriverWait(browser, WAIT).until(b -> b.findElement(By.tagName("body")).getAttribute("data-loaded") != null);
        assertThat(browser.findElement(By.id("error")).isDisplayed()).as(text("error")).isFalse();
    }

    String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) errors.add(e.getMessage());
        }
        return errors;
    }

    void screenshot(String name) throws Exception {
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
