package newsdesk.web.adminpage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsdesk.admin.IndexMaintenance;
import newsdesk.search.SearchService;
import newsdesk.web.ServedSamplePages;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The admin pages of the whole service over real HTTP, on a copy of the sample pages: a page uploaded through the
 * page's form is answered from once the refresh it starts is done, and questions the paper does not answer come
 * back as one row per need. BM25 only (no embedding), so the refresh takes seconds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"newsdesk.admin.token=" + AdminSite.TOKEN, "newsdesk.embedding.policy=none",
                "newsdesk.ingest.max-file-bytes=" + AdminPageOverHttpTest.PAGE_CAP})
class AdminPageOverHttpTest {

    /** A small page cap, so an upload over it is cheap to send. */
    static final int PAGE_CAP = 256 * 1024;

    /** A page about a fact the sample pages do not print: the city library's information line. */
    static final String LIBRARY_PAGE = """
            周口市图书馆开通咨询热线

            本报讯（记者 王明）为方便市民借阅图书，周口市图书馆近日开通读者咨询热线，咨询电话为0394-8123456，
            市民可拨打热线咨询办理借阅证、预约座位等事项。

            据介绍，周口市图书馆每天接待读者1000余人次，馆藏图书50万册。
            """;
    static final String LIBRARY_QUESTION = "周口市图书馆的咨询电话是多少？";
    private static final Pattern JOB = Pattern.compile("/admin/jobs/([0-9a-f-]{36})");

    @TempDir
    static Path work;

    @DynamicPropertySource
    static void samplePagesAndAFreshIndex(DynamicPropertyRegistry registry) {
        ServedSamplePages.register(registry, work);
    }

    @LocalServerPort
    int port;
    @Autowired
    IndexMaintenance maintenance;
    @Autowired
    SearchService search;
    @Autowired
    JsonMapper json;

    private AdminSite site;

    @BeforeEach
    void waitForTheFirstIndex() throws InterruptedException {
        site = new AdminSite(port);
        ServedSamplePages.awaitFirstIndex(search, maintenance);
    }

    @Test
    void aPageUploadedThroughTheAdminPageIsAnsweredFromAfterTheRefreshItStarts() throws Exception {
        assertThat(status(ask(LIBRARY_QUESTION))).isNotEqualTo("answered");
        String session = site.session();

        HttpResponse<String> uploaded = site.upload(session, "2026-11-30", "7",
                List.of(new AdminSite.Chosen("图书馆.txt", LIBRARY_PAGE)));

        assertThat(uploaded.statusCode()).as(uploaded.body()).isIn(302, 303);
        String jobPage = uploaded.headers().firstValue("Location").orElseThrow();
        Matcher job = JOB.matcher(jobPage);
        assertThat(job.find()).as(jobPage).isTrue();
        String report = finished(session, "/admin/jobs/" + job.group(1));
        assertThat(report).contains("刷新完成", "2026-11-30_07.txt");
        assertThat(site.get("/admin/pages", session).body()).contains("2026-11-30_07.txt", "已索引");

        JsonNode answer = ask(LIBRARY_QUESTION);
        assertThat(status(answer)).isEqualTo("answered");
        assertThat(answer.path("answer").asString()).contains("0394-8123456");
        assertThat(answer.path("citations").get(0).path("source").asString()).isEqualTo("2026-11-30_07.txt");
    }

    @Test
    void threeWordingsOfAFactThePaperDoesNotPrintAreOneRowOfThePageAndOfItsCsv() throws Exception {
        List<String> wordings = List.of("川汇区图书馆每天几点开放？", "川汇区图书馆几点开门", "请问川汇区图书馆的开放时间是什么？");
        for (String wording : wordings) {
            assertThat(status(ask(wording))).as(wording).isIn("none", "not_stated");
        }
        String session = site.session();

        CSVRecord row = eventually(() -> needRowWith(session, wordings.getFirst()));

        assertThat(row.get("asked")).isEqualTo("3");
        assertThat(row.get("wordings").split(" \\| ")).containsExactlyInAnyOrderElementsOf(wordings);
        assertThat(row.get("kind")).isEqualTo("TIME_OF_DAY");
        String page = site.get("/admin", session).body();
        assertThat(page).contains("川汇区图书馆几点开门", "<svg", "每日提问");
    }

    @Nested
    class Refused {

        @Test
        void aWrongTokenIsRefusedOnTheFormAndSetsNoCookie() {
            HttpResponse<String> wrong = site.signIn("not-the-token");

            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(wrong.body()).contains("令牌不对");
            assertThat(wrong.headers().firstValue("Set-Cookie")).isEmpty();
        }

        @Test
        void theSessionCookieIsHttpOnlyAndStrictAndTheTokenIsInNoUrl() {
            HttpResponse<String> signedIn = site.signIn(AdminSite.TOKEN);

            assertThat(signedIn.statusCode()).isEqualTo(302);
            assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/admin")
                    .doesNotContain(AdminSite.TOKEN);
            assertThat(signedIn.headers().firstValue("Set-Cookie").orElseThrow())
                    .contains("HttpOnly", "SameSite=Strict", "Path=/admin").doesNotContain(AdminSite.TOKEN);
        }

        @Test
        void withoutASessionEveryAdminPageSendsTheBrowserToTheSignInForm() {
            for (String path : List.of("/admin", "/admin/pages", "/admin/needs.csv", "/admin/jobs/x")) {
                HttpResponse<String> response = site.get(path, "newsdesk_admin=4102444800.forged");
                assertThat(response.statusCode()).as(path).isEqualTo(303);
                assertThat(response.headers().firstValue("Location").orElseThrow()).as(path).endsWith("/admin/login");
            }
        }

        @Test
        void badDatesAndAnEmptyUploadAreSaidInWordsNotAsAnErrorPage() {
            String session = site.session();

            HttpResponse<String> badPeriod = site.get("/admin?from=2026-13-01&to=yesterday", session);
            HttpResponse<String> badCsv = site.get("/admin/needs.csv?from=2026-02-30", session);
            HttpResponse<String> badUpload = site.upload(session, "30.11.2026", "1",
                    List.of(new AdminSite.Chosen("a.txt", "文字")));
            HttpResponse<String> noFile = site.upload(session, "2026-11-30", "1", List.of());
            HttpResponse<String> badCorrection = site.post("/admin/corrections", session,
                    Map.of("question", "not-a-question", "article", "a b,c"));

            assertThat(badPeriod.statusCode()).isEqualTo(400);
            assertThat(badPeriod.body()).contains("日期格式应为");
            assertThat(badCsv.statusCode()).isEqualTo(400);
            assertThat(badCsv.body()).contains("from and to must be days");
            assertThat(badUpload.statusCode()).isEqualTo(400);
            assertThat(badUpload.body()).contains("日期应为 2026-11-30");
            assertThat(noFile.statusCode()).isEqualTo(400);
            assertThat(noFile.body()).contains("请选择至少一个版面文件");
            assertThat(badCorrection.headers().firstValue("Location").orElseThrow()).contains("corrected=INVALID_ARTICLE_ID");
            assertThat(site.get("/admin?corrected=INVALID_ARTICLE_ID", session).body()).contains("报道编号只能由");
        }

        @Test
        void aFileOverThePageCapIsRefusedOnTheFormAndNothingIsStored() {
            String session = site.session();

            HttpResponse<String> tooLarge = site.upload(session, "2026-11-29", "3",
                    List.of(new AdminSite.Chosen("big.txt", "版".repeat(PAGE_CAP))));

            assertThat(tooLarge.statusCode()).isEqualTo(413);
            assertThat(tooLarge.body()).contains("文件太大", "上传当天版面");
            assertThat(work.resolve("pages").resolve("2026-11-29_03.txt")).doesNotExist();
        }

        /** Each file is under the page cap; the request as a whole is not, and the form must not say otherwise. */
        @Test
        void pagesUnderTheCapEachButOverItTogetherAreAskedForInSeveralGoes() {
            String session = site.session();
            String twoThirds = "版".repeat(PAGE_CAP / 3 * 2 / 3);

            HttpResponse<String> together = site.upload(session, "2026-11-28", "1",
                    List.of(new AdminSite.Chosen("one.txt", twoThirds), new AdminSite.Chosen("two.txt", twoThirds)));

            assertThat(together.statusCode()).isEqualTo(413);
            assertThat(together.body()).contains("合计", "分几次上传");
            assertThat(work.resolve("pages").resolve("2026-11-28_01.txt")).doesNotExist();
        }

        @Test
        void aForgedSessionOrADateBeyondTheCalendarIsNoServerError() {
            String session = site.session();

            HttpResponse<String> forged = site.get("/admin", "newsdesk_admin=" + Long.MAX_VALUE + ".forged");
            HttpResponse<String> farEnd = site.get("/admin?to=%2B999999999-12-31", session);
            HttpResponse<String> farCsv = site.get("/admin/needs.csv?from=-999999999-01-01&to=2026-11-30", session);

            assertThat(forged.statusCode()).isEqualTo(303);
            assertThat(farEnd.statusCode()).isEqualTo(400);
            assertThat(farEnd.body()).contains("日期格式应为");
            assertThat(farCsv.statusCode()).isEqualTo(400);
        }
    }

    private JsonNode ask(String question) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + port + "/api/answer?q=" + URLEncoder.encode(question, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static String status(JsonNode answer) {
        return answer.path("status").asString().toLowerCase();
    }

    /** Follows the job page as a browser does (it reloads itself) until the refresh is over. */
    private String finished(String session, String jobPage) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            String page = site.get(jobPage, session).body();
            if (!page.contains("http-equiv=\"refresh\"")) {
                return page;
            }
            assertThat(System.nanoTime()).as("refresh done within 60 s").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private CSVRecord needRowWith(String session, String wording) throws IOException {
        HttpResponse<String> csv = site.get("/admin/needs.csv", session);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.body())).getRecords();
        return rows.stream().filter(row -> row.get("wordings").contains(wording)).findFirst().orElse(null);
    }

    /** The question log is written in the background: a row appears a moment after its answer. */
    private static <T> T eventually(ThrowingSupplier<T> check) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            T value = check.get();
            if (value != null && !(value instanceof CSVRecord row && !row.get("asked").equals("3"))) {
                return value;
            }
            assertThat(System.nanoTime()).as("logged within 10 s").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    @FunctionalInterface
    private interface ThrowingSupplier<T> {
        T get() throws Exception;
    }
}
