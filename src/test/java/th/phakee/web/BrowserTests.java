package th.phakee.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import th.phakee.api.ApiTest;

/**
 * The pages in a real browser (Debian's headless Chromium): each loads with no console error and asks nothing of
 * any host but the app; the explorer draws Tak's linkage and quotes a clicked node's source line; the dashboard
 * ranks the provinces' FY2563 money; a CSV download holds what the API answers. Screenshots go to
 * {@code target/screenshots/}.
 */
@ApiTest
class BrowserTests {

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    HttpGraphQlTester graphQl;

    @BeforeAll
    static void startBrowser() throws IOException {
        Browser.assumeInstalled();
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void everyPageLoadsWithNoConsoleErrorAndAsksOnlyTheApp() throws IOException {
        // the landing page: searching "ตาก" as one types finds Tak and links it to the explorer
        open("/?lang=th");
        waitFor("the API examples listed", () -> count("#examples li") >= 8);
        browser.driver.findElement(By.id("search")).sendKeys("ตาก");
        waitFor("a hit for Tak", () -> !browser.driver.findElements(By.cssSelector("#hits a[href='/explore?focus=TH-63']")).isEmpty());
        assertThat(browser.driver.findElement(By.cssSelector("#link-explore")).getText()).contains("สำรวจความเชื่อมโยง");
        assertThat(browser.driver.findElement(By.cssSelector("#link-graphiql")).getAttribute("href")).endsWith("/graphiql");
        assertClean("home");

        open("/explore?focus=TH-63");
        waitFor("Tak's linkage drawn", () -> nodeIds().contains("PJ-000-2563-TH-63-1"));
        waitFor("Tak's details", () -> text("#details").contains("TH-63"));
        assertClean("explore");

        open("/dashboard?fy=2563");
        waitFor("the province table", () -> count("#table-by-province tbody tr") > 0);
        assertClean("dashboard");

        open("/graphiql?example=2");
        waitFor("GraphiQL with the example", () -> text(".graphiql-container").contains("TH-63"));
        assertClean("graphiql");

        open("/docs?page=api");
        waitFor("docs/api.md rendered", () -> text("#doc h1").contains("The API by example"));
        assertClean("docs");

        // English, switched on the page
        open("/");
        browser.driver.findElement(By.id("lang-switch")).click();
        waitFor("English texts", () -> text("#link-explore").contains("Explorer"));
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        browser.driver.findElement(By.id("lang-switch")).click();
        waitFor("Thai again", () -> text("#link-explore").contains("สำรวจ"));
        assertClean("home-switch");
    }

    @Test
    void theExplorerDrawsTaksLinkageRowsAndQuotesTheLineOfAClickedProject() throws IOException {
        open("/explore?focus=TH-63");
        waitFor("Tak's linkage drawn", () -> drawn() && nodeIds().contains("B-PJ-000-2563-TH-63-3"));
        // 000:355-357: three community-plan issues linked through the Tak provincial office to the Tak development
        // plan 2561-2564 (two of them to a named strategy), each with one project and its budget
        assertThat(nodeIds()).contains("TH-63", "CS-000-2563-TH-63-1", "CS-000-2563-TH-63-2", "CS-000-2563-TH-63-3",
                "AG-PROVOFFICE-TH-63", "PP-TH-63-2561-2564", "PS-TH-63-2561-2564-1", "PS-TH-63-2561-2564-2",
                "PJ-000-2563-TH-63-1", "PJ-000-2563-TH-63-2", "PJ-000-2563-TH-63-3",
                "B-PJ-000-2563-TH-63-1", "B-PJ-000-2563-TH-63-2", "B-PJ-000-2563-TH-63-3");
        List<String> edges = edgeCaptions();
        assertThat(edges).contains(
                "CS-000-2563-TH-63-1 -> PS-TH-63-2561-2564-1: LINKS_TO · via สำนักงานจังหวัดตาก",
                "PS-TH-63-2561-2564-1 -> PP-TH-63-2561-2564: PART_OF",
                "PJ-000-2563-TH-63-1 -> PS-TH-63-2561-2564-1: UNDER",
                "B-PJ-000-2563-TH-63-1 -> PJ-000-2563-TH-63-1: FUNDS");
        // the money column of the rows: 39,965,400 / 15,120,000 / 2,050,000 baht (000:355-357)
        assertThat(browser.driver.findElements(By.cssSelector("#rows-table tbody tr"))).hasSize(3)
                .extracting(row -> row.findElement(By.cssSelector("td.num")).getText())
                .containsExactly("39,965,400 บาท", "15,120,000 บาท", "2,050,000 บาท");

        clickNode("PJ-000-2563-TH-63-1");
        waitFor("the project's citations", () -> text("#citations").contains("000:355"));
        assertThat(text("#details")).contains("โครงการส่งเสริมคุณภาพชีวิตเพื่อแก้ไขปัญหาความยากจน", "39,965,400 บาท");
        // the line's own text (000:355), quoted
        assertThat(text("#citations blockquote")).contains("เชื่อมโยงแผนพัฒนาจังหวัดตาก พ.ศ. 2561 - 2564 (ฉบับทบทวน)",
                "งบประมาณ 39,965,400 บาท");
        screenshot("explore-clicked");

        // the drawing's edges as CSV: the LINKS_TO row names the agency it went through
        browser.driver.findElement(By.id("edges-csv")).click();
        List<CSVRecord> csv = downloaded("phakee-TH-63-edges.csv");
        assertThat(csv).extracting(r -> String.join(",", r.get("from"), r.get("to"), r.get("type"), r.get("via"), r.get("via_name")))
                .contains("CS-000-2563-TH-63-1,PS-TH-63-2561-2564-1,LINKS_TO,AG-PROVOFFICE-TH-63,สำนักงานจังหวัดตาก");
        // the drawing as PNG
        browser.driver.findElement(By.id("png")).click();
        Path png = browser.downloads.resolve("phakee-TH-63.png");
        waitFor("the PNG download", () -> Files.exists(png) && png.toFile().length() > 8);
        assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G');

        // the paths between two chosen entities: a community strategy reaches its provincial plan in two steps,
        // through the strategy it links to (000:355) and through the province both target; both drawn and listed
        browser.driver.findElement(By.id("path-from")).sendKeys("CS-000-2563-TH-63-1");
        browser.driver.findElement(By.id("path-to")).sendKeys("PP-TH-63-2561-2564");
        browser.driver.findElement(By.id("find-paths")).click();
        waitFor("the paths listed", () -> text("#path-list").contains("แผนพัฒนาจังหวัดตาก"));
        List<Map> paths = graphQl.document("""
                { linkPaths(from: "CS-000-2563-TH-63-1", to: "PP-TH-63-2561-2564", maxLength: 6, first: 5) {
                    length nodes { id } } }""").execute().path("linkPaths").entityList(Map.class).get();
        assertThat(paths).isNotEmpty().allSatisfy(path -> assertThat(path.get("length")).isEqualTo(2));
        assertThat(browser.driver.findElements(By.cssSelector("#path-list li"))).hasSize(paths.size())
                .allSatisfy(li -> assertThat(li.getText()).startsWith("2 "));
        @SuppressWarnings("unchecked")
        List<String> onPaths = (List<String>) browser.driver.executeScript("return phakee.cy.nodes('.path').map(n => n.id())");
        assertThat(onPaths).containsExactlyInAnyOrderElementsOf(paths.stream()
                .flatMap(path -> ((List<Map<String, String>>) path.get("nodes")).stream().map(n -> n.get("id"))).distinct().toList());
        assertClean("explore-after-click");
    }

    @Test
    void theExplorerDrawsWhatTheLinkageFieldAnswers() throws IOException {
        open("/explore?focus=CODI-AP2567-P03&depth=3&direction=UP");
        waitFor("the linkage drawn", () -> drawn() && nodeIds().contains("CODI-AP2567-P03"));
        List<String> expected = graphQl.document("""
                { linkage(from: "CODI-AP2567-P03", direction: UP, maxDepth: 3) { nodes { id } } }""")
                .execute().path("linkage.nodes[*].id").entityList(String.class).get();
        assertThat(nodeIds()).containsExactlyInAnyOrderElementsOf(expected);
        // 003:161-168: the action plan links to master plan 15 in a secondary role
        assertThat(expected).contains("MP-15");
        assertThat(edgeCaptions()).contains("CODI-AP2567 -> MP-15: LINKS_TO · SECONDARY");
        assertClean("explore-walk");
    }

    @Test
    void theDashboardRanksKanchanaburiFirstInFy2563AndItsCsvIsTheApisAnswer() throws IOException {
        open("/dashboard?fy=2563");
        waitFor("the province table", () -> count("#table-by-province tbody tr") > 0);
        // 000:416-425: Kanchanaburi's eleven projects, 136,912,500 baht, the largest FY2563 province total
        List<WebElement> first = browser.driver.findElements(By.cssSelector("#table-by-province tbody tr:first-child td"));
        assertThat(first).extracting(WebElement::getText).containsExactly("TH-71", "กาญจนบุรี", "136,912,500 บาท", "11");
        @SuppressWarnings("unchecked")
        Map<String, Object> chart = (Map<String, Object>) browser.driver.executeScript("""
                const o = phakee.charts.get('by-province').getOption();
                return { first: o.yAxis[0].data[0], value: o.series[0].data[0], inverse: o.yAxis[0].inverse };""");
        assertThat(chart).containsEntry("first", "กาญจนบุรี").containsEntry("value", 136_912_500L).containsEntry("inverse", true);
        assertThat(text("#chart-by-province")).contains("กาญจนบุรี", "136,912,500 บาท");

        browser.driver.findElement(By.cssSelector("#panel-by-province button.csv")).click();
        List<CSVRecord> csv = downloaded("phakee-by-province-fy2563.csv");
        List<Map> api = graphQl.document("{ summary(fiscalYear: 2563) { budgetByProvince { key name total { baht } figures } } }")
                .execute().path("summary.budgetByProvince").entityList(Map.class).get();
        assertThat(csv).extracting(r -> r.get("key") + "|" + r.get("name") + "|" + r.get("baht") + "|" + r.get("figures"))
                .containsExactlyElementsOf(api.stream().map(p -> p.get("key") + "|" + p.get("name") + "|"
                        + ((Map<?, ?>) p.get("total")).get("baht") + "|" + p.get("figures")).toList());
        assertThat(csv.get(0).get("million_baht")).isEqualTo("136.9125");
        assertClean("dashboard-after-download");
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    private void open(String path) {
        browser.driver.get("http://localhost:" + port + path);
    }

    private void waitFor(String what, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(60)).withMessage(what)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(driver -> condition.getAsBoolean());
    }

    private int count(String css) {
        return browser.driver.findElements(By.cssSelector(css)).size();
    }

    private String text(String css) {
        return browser.driver.findElement(By.cssSelector(css)).getText();
    }

    /** The explorer has finished a drawing (its names and amounts fetched). */
    private boolean drawn() {
        return Boolean.TRUE.equals(browser.driver.executeScript("return !!(window.phakee && phakee.state.drawn)"));
    }

    @SuppressWarnings("unchecked")
    private List<String> nodeIds() {
        return (List<String>) browser.driver.executeScript(
                "return window.phakee ? phakee.cy.nodes().map(n => n.id()) : []");
    }

    @SuppressWarnings("unchecked")
    private List<String> edgeCaptions() {
        return (List<String>) browser.driver.executeScript(
                "return phakee.cy.edges().map(e => e.data('source') + ' -> ' + e.data('target') + ': ' + e.data('caption'))");
    }

    /** A real click on the node where Cytoscape drew it. */
    private void clickNode(String id) {
        WebElement graph = browser.driver.findElement(By.id("graph"));
        Map<?, ?> at = (Map<?, ?>) browser.driver.executeScript("""
                const n = phakee.cy.getElementById(arguments[0]);
                const p = n.renderedPosition();
                const box = phakee.cy.container().getBoundingClientRect();
                return { x: p.x - box.width / 2, y: p.y - box.height / 2 };""", id);
        new Actions(browser.driver).moveToElement(graph, ((Number) at.get("x")).intValue(), ((Number) at.get("y")).intValue())
                .click().perform();
    }

    private List<CSVRecord> downloaded(String name) throws IOException {
        Path file = browser.downloads.resolve(name);
        waitFor("the download of " + name, () -> Files.exists(file));
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
    }

    /**
     * No console error, and no request to any host but the app: every http(s) or web-socket URL the page asked for
     * is the app's (data:, blob: and the browser's own chrome: pages reach no host).
     */
    private void assertClean(String page) throws IOException {
        screenshot(page);
        assertThat(browser.consoleErrors()).as("console errors on " + page).isEmpty();
        String app = "http://localhost:" + port + "/";
        List<String> urls = browser.requestedUrls();
        assertThat(urls).as("requests from " + page).anyMatch(url -> url.startsWith(app))
                .filteredOn(url -> url.matches("(?i)(https?|wss?|ftp):.*"))
                .allSatisfy(url -> assertThat(url).startsWith(app));
    }

    private void screenshot(String page) throws IOException {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        Files.write(dir.resolve(page + ".png"), browser.driver.getScreenshotAs(OutputType.BYTES));
    }
}
