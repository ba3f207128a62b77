package newsdesk.web.adminpage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import newsdesk.admin.IndexMaintenance;
import newsdesk.web.Chromium;
import newsdesk.search.SearchService;
import newsdesk.web.ServedSamplePages;
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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The admin area in a real browser, as web.WebPageInChromiumTest runs the reader's page (and skips the same way
 * where Chromium is not installed): readers ask and give a 👎 on the page, the admin signs in with the token, sees
 * the need as one row with its chart, supplies the right article for the 👎, uploads two pages at once and
 * follows the refresh to its report. Screenshots go to {@code target/browser/admin-*.png}.
 */
@EnabledIf(value = "chromiumIsInstalled", disabledReason = "needs /usr/bin/chromium and /usr/bin/chromedriver")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"newsdesk.admin.token=" + AdminSite.TOKEN, "newsdesk.embedding.policy=none"})
class AdminPageInChromiumTest {

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
    static void samplePagesAndAFreshIndex(DynamicPropertyRegistry registry) {
        ServedSamplePages.register(registry, work);
    }

    @BeforeEach
    void waitForTheFirstIndex() throws InterruptedException {
        ServedSamplePages.awaitFirstIndex(search, maintenance);
    }

    @BeforeEach
    void startChromium(@TempDir Path profile) {
        browser = Chromium.start(profile, "1280,1400");
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void quitChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anAdminSeesTheUnansweredNeedCorrectsADislikeAndUploadsTheDaysPages() throws IOException {
        List<String> wordings = List.of("川汇区图书馆每天几点开放？", "川汇区图书馆几点开门", "请问川汇区图书馆的开放时间是什么？");
        for (String wording : wordings) {
            browser.get(url("/"));
            browser.findElement(By.id("q")).sendKeys(wording, Keys.ENTER);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#answer")));
        }
        browser.findElement(By.id("reason")).sendKeys("没有开放时间");
        browser.findElement(By.cssSelector("#answer .rate button[value=down]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rated")));

        browser.get(url("/admin"));
        wait.until(ExpectedConditions.urlContains("/admin/login"));
        browser.findElement(By.id("token")).sendKeys(AdminSite.TOKEN);
        screenshot("admin-login");
        browser.findElement(By.id("token")).sendKeys(Keys.ENTER);

        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".needs-table tr.need")));
        assertThat(browser.findElements(By.cssSelector(".needs-table tr.need"))).hasSize(1);
        assertThat(row.findElement(By.className("asked-count")).getText()).isEqualTo("3");
        assertThat(row.findElements(By.cssSelector(".wordings li"))).extracting(WebElement::getText)
                .containsExactlyInAnyOrderElementsOf(wordings);
        assertThat(browser.findElements(By.cssSelector("svg.chart rect.bar"))).hasSize(Period.DEFAULT_DAYS);
        String closest = row.findElement(By.cssSelector(".closest a")).getAttribute("href");
        String articleId = closest.substring(closest.lastIndexOf('/') + 1);
        screenshot("admin-needs");

        WebElement correction = row.findElement(By.cssSelector(".correction input[name=article]"));
        correction.sendKeys(articleId, Keys.ENTER);
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("corrected"))).getText())
                .contains("已保存");
        assertThat(browser.findElement(By.cssSelector(".correction input[name=article]")).getAttribute("value"))
                .isEqualTo(articleId);

        browser.findElement(By.linkText("版面与刷新")).click();
        Path page7 = work.resolve("第7版.txt");
        Path page8 = work.resolve("第8版.txt");
        Files.writeString(page7, AdminPageOverHttpTest.LIBRARY_PAGE);
        Files.writeString(page8, AdminPageOverHttpTest.LIBRARY_PAGE.replace("周口市图书馆", "川汇区文化馆")
                .replace("0394-8123456", "0394-8765432"));
        browser.findElement(By.id("files")).sendKeys(page7.toAbsolutePath() + "\n" + page8.toAbsolutePath());
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2026-11-30'", browser.findElement(By.id("date")));
        WebElement first = browser.findElement(By.id("page"));
        first.clear();
        first.sendKeys("7");
        screenshot("admin-upload");
        browser.findElement(By.cssSelector("#upload button[type=submit]")).click();

        // The job page reloads itself every two seconds until the refresh is over.
        WebElement state = new WebDriverWait(browser, Duration.ofSeconds(90)).until(driver -> {
            List<WebElement> done = driver.findElements(By.cssSelector("#job .state-succeeded"));
            return done.isEmpty() ? null : done.getFirst();
        });
        assertThat(state.getText()).contains("刷新完成");
        assertThat(browser.findElement(By.cssSelector("#job .report")).getText())
                .contains("2026-11-30_07.txt", "2026-11-30_08.txt");
        screenshot("admin-job");

        browser.findElement(By.linkText("回到版面与刷新")).click();
        assertThat(browser.findElement(By.cssSelector(".pages-table")).getText())
                .contains("2026-11-30_07.txt", "2026-11-30_08.txt", "已索引");
        screenshot("admin-pages");
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
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
