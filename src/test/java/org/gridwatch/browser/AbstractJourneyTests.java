package org.gridwatch.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.gridwatch.ServerIntegrationTest;
import org.gridwatch.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Journeys in a real, headless Chromium (Debian's {@code chromium} and {@code chromedriver}) against
 * the application on a random port. Skips, saying why, only where Chromium is not installed.
 * Screenshots go to {@code target/screenshots/}.
 */
@ServerIntegrationTest
public abstract class AbstractJourneyTests {

    static final Path CHROMIUM = Path.of(System.getProperty("gridwatch.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("gridwatch.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    public static final Dimension DESKTOP = new Dimension(1280, 900);
    public static final Dimension TABLET = new Dimension(820, 1180);
    public static final Dimension PHONE = new Dimension(390, 844);

    protected static WebDriver driver;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startBrowser() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        // On a build server a missing browser is a broken build, never a green one with the journeys skipped.
        if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but Chromium is not installed at " + CHROMIUM + " and "
                    + CHROMEDRIVER + " (apt-get install chromium chromium-driver): the browser journeys cannot run");
        }
        assumeTrue(installed,
                "Chromium is not installed (apt-get install chromium chromium-driver): browser journeys skipped");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        // generous: the build machines are small and busy
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    @BeforeEach
    void freshSession() {
        driver.manage().window().setSize(DESKTOP);
        open("/login");
        driver.manage().deleteAllCookies();
    }

    protected void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    protected void size(Dimension dimension) {
        driver.manage().window().setSize(dimension);
    }

    protected WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** The element's text; re-read if the page replaced the element meanwhile. */
    protected String text(String css) {
        for (int attempt = 1; ; attempt++) {
            try {
                return find(css).getText();
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /**
     * Clicks like a user: scrolled into the middle of the view first, so nothing covers it. When the
     * click leaves the page (a link or a form's submit button), waits until the next page has replaced
     * this one, so what the test reads next is the new page and never the old one.
     */
    protected void click(String css) {
        WebElement element = find(css);
        boolean navigates = leavesThePage(element);
        WebElement page = driver.findElement(By.tagName("html"));
        ((ChromeDriver) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
        if (navigates) {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            // gone = replaced; Chromium reports it either as a stale element or as a node of another document
            wait.until(d -> {
                try {
                    page.isEnabled();
                    return false;
                } catch (org.openqa.selenium.WebDriverException replaced) {
                    return true;
                }
            });
            wait.ignoring(org.openqa.selenium.WebDriverException.class).until(d -> "complete".equals(
                    ((ChromeDriver) d).executeScript("return document.readyState")));
        }
    }

    private static boolean leavesThePage(WebElement element) {
        String tag = element.getTagName();
        String href = element.getAttribute("href");
        if (tag.equals("a")) {
            return href != null && !href.endsWith("#") && element.getAttribute("data-bs-toggle") == null
                    && element.getAttribute("hx-get") == null && !href.contains("#");
        }
        String type = element.getAttribute("type");
        return (tag.equals("button") || tag.equals("input")) && "submit".equals(type)
                && element.getAttribute("form") == null && element.getAttribute("hx-post") == null;
    }

    protected void type(String css, String value) {
        WebElement element = find(css);
        element.clear();
        element.sendKeys(value);
    }

    protected void signIn(String username, String password) {
        open("/login");
        type("#username", username);
        type("#password", password);
        click("#signIn");
    }

    protected void signInAsAdmin() {
        signIn("admin", TestAccounts.ADMIN_PASSWORD);
    }

    /** Signs out through the user menu (opening the collapsed navigation first on a phone). */
    protected void signOut() {
        WebElement toggler = find(".navbar-toggler");
        if (toggler.isDisplayed()) {
            toggler.click();
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
                    !d.findElements(By.cssSelector(".navbar-collapse.show")).isEmpty()
                            && d.findElements(By.cssSelector(".navbar-collapse.collapsing")).isEmpty());
        }
        click("#userMenu");
        waitUntilVisible("#signOut");
        click("#signOut");
    }

    protected WebElement waitUntilVisible(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Saves a screenshot as {@code target/screenshots/<name>.png}; look at them. */
    protected void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when the page is wider than the window: something forces sideways scrolling. */
    protected boolean scrollsSideways() {
        Object result = ((ChromeDriver) driver).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
        return Boolean.TRUE.equals(result);
    }
}
