package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import newsdesk.admin.IndexMaintenance;
import newsdesk.search.SearchService;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real service in a real browser: Debian's Chromium driven through Debian's chromedriver, over an
 * index built at start-up from the bundled sample pages. Skipped where Chromium is not installed
 * ({@code .ci/run} installs it); the condition is checked before the application starts, so a machine
 * without a browser pays nothing for this class.
 */
@EnabledIf(value = "chromiumIsInstalled", disabledReason = "needs /usr/bin/chromium and /usr/bin/chromedriver")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebPageInChromiumTest {

    private static final Path SCREENSHOTS = Path.of("target", "browser");


    @TempDir
    static Path work;

    @LocalServerPort
    int port;
    @Autowired
    IndexMaintenance maintenance;
    @Autowired
    SearchService search;

    private WebDriver browser;
    private WebDriverWait wait;

    static boolean chromiumIsInstalled() {
        return Chromium.installed();
    }

    @DynamicPropertySource
    static void samplePagesWithDatesAndAFreshIndex(DynamicPropertyRegistry registry) {
        ServedSamplePages.register(registry, work);
    }

    /** The service serves at once and builds its index in the background; the tests ask about the built one. */
    @BeforeEach
    void waitForTheFirstIndex() throws InterruptedException {
        ServedSamplePages.awaitFirstIndex(search, maintenance);
    }

    @BeforeEach
    void startChromium(@TempDir Path profile) {
        browser = Chromium.start(profile, "1200,1000");
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void quitChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void askingWithTheKeyboardShowsTheQuotedAnswerWithItsSource() {
        browser.get(home());

        // The question field has focus on arrival, so typing and Enter is all it takes.
        browser.switchTo().activeElement().sendKeys("困难毕业生补贴每人多少钱？", Keys.ENTER);

        WebElement quote = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#answer .quote")));
        assertThat(quote.getText()).contains("2000元");
        WebElement source = browser.findElement(By.cssSelector("#answer .source"));
        assertThat(source.getText()).contains("我市发放困难毕业生求职创业补贴963.6万元", "2023年11月（推断）", "第1版");
        screenshot("answer");
    }

    @Test
    void searchingWithADateRangeFindsTheSampleArticlesOfThatMonth() {
        browser.get(home());

        browser.findElement(By.id("s")).sendKeys("补贴");
        setDate("from", "2023-11-01");
        setDate("to", "2023-11-30");
        browser.findElement(By.cssSelector("#search button[type=submit]")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#results .count")));
        List<WebElement> matches = browser.findElements(By.cssSelector("#results .match"));
        assertThat(matches).isNotEmpty()
                .allSatisfy(match -> assertThat(match.findElement(By.className("meta")).getText()).contains("2023年11月"));
        assertThat(matches).extracting(WebElement::getText)
                .anySatisfy(text -> assertThat(text).contains("我市发放困难毕业生求职创业补贴963.6万元"))
                // 五个确保 also reports subsidies, but on the page dated August 2023.
                .noneSatisfy(text -> assertThat(text).contains("五个确保"));
        assertThat(browser.findElements(By.cssSelector("#results mark"))).extracting(WebElement::getText).contains("补贴");
        screenshot("search");
    }

    @Test
    void openingTheSourceOfAnAnswerShowsTheWholeArticleWithTheQuotedSentenceMarked() {
        browser.get(home());
        browser.findElement(By.id("q")).sendKeys("困难毕业生补贴每人多少钱？", Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#answer .source a"))).click();

        WebElement article = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("article")));
        assertThat(article.findElement(By.tagName("h1")).getText()).isEqualTo("我市发放困难毕业生求职创业补贴963.6万元");
        assertThat(article.getText()).contains("2023年11月（推断）", "第1版", "000_8d4900da70319227.txt");
        assertThat(article.findElement(By.tagName("mark")).getText()).contains("每人2000元");
        screenshot("article");
    }

    private String home() {
        return "http://127.0.0.1:" + port + "/";
    }

    /** Date inputs take typed text in the browser's locale format; setting the ISO value is locale-proof. */
    private void setDate(String id, String isoDate) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)),
                isoDate);
    }

    private void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(png.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
