package signet.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web interface in a real browser: Debian's Chromium driven headless through chromedriver
 * (WebDriver), against a real server over the seed articles. Each test saves a screenshot under
 * {@code target/screenshots/} for a person to look at.
 *
 * <p>Without {@code /usr/bin/chromium} or {@code /usr/bin/chromedriver} the tests are skipped, unless the
 * environment sets {@code SIGNET_REQUIRE_BROWSER=1} (CI does): then they fail and say which
 * package to install. The driver and browser are given by path, so Selenium Manager never runs
 * (it would try to download them). The home and entity pages are tested when their routes are on
 * the classpath.
 */
@Tag("browser")
class BrowserTest {
    /** Debian's paths; {@code -Dsignet.chromium=…} / {@code -Dsignet.chromedriver=…} point elsewhere. */
    static final String CHROMIUM = System.getProperty("signet.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("signet.chromedriver", "/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of(System.getProperty("signet.screenshots", "target/screenshots"));

    @TempDir static Path tmp;
    static SeededServer fixture;
    static ChromeDriver driver;
    /** Why the browser cannot run here, or null when it can. */
    static String missing;

    @BeforeAll
    static void startBrowserAndServer() throws IOException {
        missing = missingBrowser();
        if (missing != null) {
            if ("1".equals(System.getenv("SIGNET_REQUIRE_BROWSER"))) fail(missing + " (SIGNET_REQUIRE_BROWSER=1)");
            return; // each test reports itself skipped, with the reason
        }
        fixture = SeededServer.start(tmp.resolve("server"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // as root in a container: no sandbox; the rest keep Chromium from calling home, which
        // this closed network refuses (and which a test has no business doing anyway)
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + Files.createDirectories(tmp.resolve("profile")), "--window-size=1280,1600");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (fixture != null) fixture.close();
    }

    @BeforeEach
    void browserPresent() {
        assumeTrue(missing == null, missing);
    }

    /** What is missing to run the browser, naming the Debian packages to install; null when nothing is. */
    private static String missingBrowser() {
        List<String> absent = new ArrayList<>();
        if (!Files.isExecutable(Path.of(CHROMIUM))) absent.add(CHROMIUM + " (Debian package chromium)");
        if (!Files.isExecutable(Path.of(CHROMEDRIVER))) absent.add(CHROMEDRIVER + " (Debian package chromium-driver)");
        if (absent.isEmpty()) return null;
        return "browser tests need " + String.join(" and ", absent) + ": apt-get install chromium chromium-driver";
    }

    private static void open(String path) {
        driver.get(fixture.url(path));
    }

    @Test
    void homePage() throws IOException {
        open("/");
        assertFalse(driver.getTitle().isBlank(), "the page has a title");
        WebElement h1 = driver.findElement(By.tagName("h1"));
        assertTrue(h1.isDisplayed() && h1.getText().contains("Signet"), h1.getText());
        for (String href : List.of("/organizations", "/documents", "/query", "/.well-known/void", "/dumps/"))
            assertFalse(driver.findElements(By.cssSelector("main a[href='" + href + "']")).isEmpty(), "home links to " + href);
        screenshot("home");
    }

    @Test
    void organizationPageShowsTheIpdaMemorandumWithItsDateAndEvidence() throws IOException {
        String gazpromMedia = single("""
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX org: <http://www.w3.org/ns/org#>
                SELECT ?x WHERE { ?x a org:Organization ; skos:prefLabel "Gazprom-Media Holding" }""");
        open(fixture.site().paths().pageHref(gazpromMedia));
        assertTrue(driver.findElement(By.tagName("h1")).getText().contains("Gazprom-Media"));
        WebElement agreements = driver.findElement(By.cssSelector("section#agreements"));
        WebElement ipda = agreements.findElements(By.cssSelector("tr")).stream()
                .filter(r -> r.getText().contains("International Publicity Development Alliance"))
                .findFirst().orElseThrow(() -> new AssertionError("no IPDA row in: " + agreements.getText()));
        assertTrue(ipda.isDisplayed());
        assertTrue(ipda.getText().contains("2026-01-20"), ipda.getText());
        assertTrue(ipda.getText().toLowerCase().contains("memorandum"), ipda.getText());
        WebElement evidence = ipda.findElement(By.cssSelector("blockquote.evidence"));
        assertTrue(evidence.isDisplayed(), "the evidence sentence is visible");
        assertTrue(evidence.getText().contains("IPDA") && evidence.getText().contains("Gazprom-Media Holding"), evidence.getText());
        // the attribution follows the quotation (HTML keeps a quote's source outside the blockquote)
        WebElement source = ipda.findElement(By.cssSelector("blockquote.evidence + div a[href^='/page/doc/']"));
        assertTrue(source.isDisplayed(), "the link to the document is visible");
        assertTrue(source.getDomAttribute("href").contains("#ev-"), "links to the highlighted sentence");
        screenshot("organization");
        fitsAPhone("organization-phone");
    }

    @Test
    void documentPageHighlightsTheFacts() throws IOException {
        String doc = single("""
                PREFIX oa: <http://www.w3.org/ns/oa#>
                PREFIX sig: <https://w3id.org/signet/ontology#>
                SELECT DISTINCT ?doc WHERE {
                  ?fact sig:evidence/oa:hasTarget ?t . ?t oa:hasSource ?doc ; oa:hasSelector/oa:exact ?s .
                  FILTER(CONTAINS(?s, "IPDA")) }""");
        open(fixture.site().paths().pageHref(doc));
        List<WebElement> marks = driver.findElements(By.cssSelector("div.article mark.fact"));
        assertFalse(marks.isEmpty(), "the facts' spans are highlighted");
        for (WebElement m : marks) {
            assertTrue(m.isDisplayed(), m.getText());
            assertTrue(m.getDomAttribute("id").startsWith("ev-"), m.getDomAttribute("id"));
        }
        assertTrue(marks.stream().anyMatch(m -> m.getText().contains("IPDA")), "the memorandum's sentence is one of them");
        assertNotNull(driver.findElement(By.cssSelector("section#facts")));
        screenshot("document");
        fitsAPhone("document-phone");
    }

    /**
     * The current page at a phone's size (390×844): nothing wider than the screen (tables scroll
     * in their own box), the heading visible; then back to the desktop size.
     */
    private static void fitsAPhone(String name) throws IOException {
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            driver.navigate().refresh();
            long pageWidth = ((Number) driver.executeScript("return document.documentElement.scrollWidth")).longValue();
            long viewport = ((Number) driver.executeScript("return document.documentElement.clientWidth")).longValue();
            assertTrue(pageWidth <= viewport, name + ": the page fits a phone's width: " + pageWidth + " > " + viewport);
            assertTrue(driver.findElement(By.tagName("h1")).isDisplayed());
            screenshot(name);
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 1600));
        }
    }

    @Test
    void queryPageRunsSignedWithForGazpromMedia() throws IOException {
        driver.manage().window().setSize(new Dimension(1280, 1600));
        open("/query");
        screenshot("query-empty");
        driver.findElement(By.cssSelector("#named-queries a[href='/query?named=signed-with']")).click();
        WebElement org = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#query-form input[name='org']")));
        org.sendKeys("Gazprom-Media");
        driver.findElement(By.id("run")).click();
        WebElement table = new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table#results")));
        List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
        assertEquals(4, rows.size(), table.getText());
        WebElement ipda = rows.stream().filter(r -> r.getText().contains("International Publicity Development Alliance"))
                .findFirst().orElseThrow(() -> new AssertionError(table.getText()));
        assertTrue(ipda.getText().contains("2026-01-20"), ipda.getText());
        WebElement partner = ipda.findElement(By.cssSelector("a[href*='/page/org/']"));
        assertTrue(partner.isDisplayed());
        assertEquals("Gazprom-Media", driver.findElement(By.cssSelector("#query-form input[name='org']")).getDomProperty("value"));
        assertTrue(driver.findElement(By.id("download-csv")).isDisplayed());
        screenshot("query");

        // the same result on a phone: nothing wider than the screen but the table, which scrolls in its box
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.navigate().refresh();
        long pageWidth = ((Number) driver.executeScript("return document.documentElement.scrollWidth")).longValue();
        long viewport = ((Number) driver.executeScript("return document.documentElement.clientWidth")).longValue();
        assertTrue(pageWidth <= viewport, "the page fits a phone's width: " + pageWidth + " > " + viewport);
        assertTrue(driver.findElement(By.id("run")).isDisplayed());
        screenshot("query-phone");
        driver.manage().window().setSize(new Dimension(1280, 1600));
    }

    /** The one IRI a query finds (fails when there is none or several). */
    private static String single(String select) {
        List<QuerySolution> rows = fixture.site().source().select(QueryFactory.create(select));
        assertEquals(1, rows.size(), () -> "expected one answer to " + select + ": " + rows);
        return rows.getFirst().getResource(rows.getFirst().varNames().next()).getURI();
    }

    /**
     * Saves the whole page as {@code NAME.png}: Chrome's DevTools command captures beyond the
     * window (WebDriver's own screenshot stops at the viewport); falls back to the viewport.
     */
    private static void screenshot(String name) throws IOException {
        byte[] png;
        try {
            Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            @SuppressWarnings("unchecked")
            Map<String, Number> size = (Map<String, Number>) metrics.get("cssContentSize");
            // capturing beyond the viewport lays the page out without a vertical scroll bar, so
            // the content is as wide as the window, not as the scrolled viewport was
            Number width = (Number) driver.executeScript("return window.innerWidth");
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                    "format", "png", "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", width, "height", size.get("height"), "scale", 1)));
            png = Base64.getDecoder().decode((String) shot.get("data"));
        } catch (RuntimeException e) {
            png = driver.getScreenshotAs(OutputType.BYTES);
        }
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    }
}
