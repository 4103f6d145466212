package vn.cchc.site.readers;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.cchc.site.testing.BrowsedSample;
import vn.cchc.site.testing.StaticServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sample site as readers get it, in Debian's headless Chromium over a real HTTP server:
 * WCAG 2.1 AA by axe-core on every page kind, no horizontal scrolling at 360 px, site search with
 * and without diacritics. Screenshots at 360 and 1280 px go to {@code target/screenshots/}.
 */
class ReaderBrowserTest {
    /** One page of every kind in the sample site. */
    static final List<String> PAGES = List.of("", "tin-tuc/", "thong-bao/", "van-ban/", "thu-tuc/", "quy-trinh-iso/",
            "tin-tuc/trang/2/", "tin-tuc/hoi-thi-truc-tuyen-tim-hieu-cchc-2025/",
            "tin-tuc/ket-qua-tuyen-truyen-cchc-nam-2025/", "van-ban/ke-hoach-30-kh-ubnd-cchc-6-thang-cuoi-2025/",
            "thu-tuc/dang-ky-khai-sinh/", "quy-trinh-iso/qt-01-dang-ky-khai-sinh/",
            "thong-bao/tiep-nhan-ho-so-truc-tuyen-ngoai-gio/", "luu-tru/", "luu-tru/2025/", "luu-tru/2025/11/",
            "chuyen-de/", "chuyen-de/chinh-quyen-so/", "the/", "the/vneid/", "gioi-thieu-chuyen-muc/", "thong-ke/",
            "thong-ke/2025/", "tim-kiem/", "404.html");

    @RegisterExtension
    static final BrowsedSample SAMPLE = new BrowsedSample();
    static StaticServer server;
    static ChromeDriver driver;
    static Path shots;

    @BeforeAll
    static void start() throws Exception {
        server = SAMPLE.server();
        driver = SAMPLE.driver();
        shots = Path.of(System.getProperty("cchc.screenshots", "target/screenshots"));
        Files.createDirectories(shots);
    }


    @Test
    void everyPageKindHasNoAccessibilityViolations() {
        driver.manage().window().setSize(new Dimension(1280, 900));
        List<String> problems = new ArrayList<>();
        for (String page : PAGES) {
            driver.get(server.url() + page);
            Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                    .analyze(driver);
            for (Rule v : results.getViolations()) {
                problems.add("/" + page + ": " + v.getId() + " – " + v.getHelp() + " " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")));
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void readableAt360PixelsWithoutHorizontalScroll() throws Exception {
        driver.manage().window().setSize(new Dimension(360, 800));
        List<String> wide = new ArrayList<>();
        for (String page : PAGES) {
            driver.get(server.url() + page);
            assertEquals(360L, ((JavascriptExecutor) driver).executeScript("return window.innerWidth;"),
                    "the browser really lays out at 360 px");
            long scroll = (Long) ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth;");
            long client = (Long) ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.clientWidth;");
            if (scroll > client) {
                wide.add("/" + page + " " + scroll + " > " + client);
            }
        }
        for (String page : PAGES) {
            for (int width : new int[] {360, 1280}) {
                driver.manage().window().setSize(new Dimension(width, 900));
                driver.get(server.url() + page);
                Path file = shots.resolve((page.isEmpty() ? "trang-chu" : page.replaceAll("/$", "")
                        .replace(".html", "").replace('/', '_')) + "-" + width + ".png");
                Files.write(file, fullPage());
            }
        }
        assertEquals(List.of(), wide);
    }

    /** A screenshot of the whole page, not only the window (Chromium's DevTools). */
    private static byte[] fullPage() {
        Object shot = driver.executeCdpCommand("Page.captureScreenshot",
                java.util.Map.of("format", "png", "captureBeyondViewport", true)).get("data");
        return java.util.Base64.getDecoder().decode((String) shot);
    }

    @Test
    void documentAndProcessTablesAreStackedLabelledRowsOnPhones() {
        driver.manage().window().setSize(new Dimension(360, 800));
        JavascriptExecutor js = driver;
        for (String page : List.of("van-ban/", "quy-trinh-iso/", "quy-trinh-iso/qt-01-dang-ky-khai-sinh/")) {
            driver.get(server.url() + page);
            assertEquals("block", js.executeScript("return getComputedStyle(document.querySelector("
                    + "'.bang-cuon table.bang tbody tr')).display;"), page + ": a row is a card");
            assertEquals(Boolean.TRUE, js.executeScript("const td = document.querySelector('.bang-cuon .bang tbody td');"
                    + "return td.hasAttribute('data-label') && getComputedStyle(td, '::before').content.length > 2;"),
                    page + ": every cell is labelled with its column header");
            assertEquals(Boolean.TRUE, js.executeScript("const t = document.querySelector('.bang-cuon table.bang');"
                    + "return t.scrollWidth <= t.clientWidth + 1;"), page + ": no sideways scrolling inside the table");
            assertEquals(Boolean.TRUE, js.executeScript("const c = document.querySelector('.bang-cuon .bang caption');"
                    + "return c == null || c.getBoundingClientRect().width > 200;"),
                    page + ": the caption spans the width (not one word per line)");
        }
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(server.url() + "van-ban/");
        assertEquals("table-row", js.executeScript("return getComputedStyle(document.querySelector("
                + "'.bang-cuon table.bang tbody tr')).display;"), "a real table on a desktop");
    }

    @Test
    void searchFindsTheProcedureWithOrWithoutDiacritics() {
        driver.manage().window().setSize(new Dimension(1280, 900));
        for (String query : List.of("khai sinh", "dang ky khai sinh", "Đăng ký khai sinh", "ĐĂNG KÝ KHAI SINH")) {
            driver.get(server.url() + "tim-kiem/");
            driver.findElement(By.id("o-tim")).sendKeys(query);
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> !d.findElements(By.cssSelector("#ket-qua a"))
                    .isEmpty());
            List<String> titles = driver.findElements(By.cssSelector("#ket-qua a")).stream()
                    .map(e -> e.getText()).toList();
            assertTrue(titles.contains("Đăng ký khai sinh"), query + " → " + titles);
        }
        driver.get(server.url() + "tim-kiem/?q=b%C3%A0n%20nh%C3%A1p");
        String status = driver.findElement(By.id("ket-qua-tom-tat")).getText();
        assertTrue(status.startsWith("Không tìm thấy"), "drafts are not in the index: " + status);
    }

    @Test
    void oldAndNewTonePlacementMatch() {
        driver.manage().window().setSize(new Dimension(1280, 900));
        // "hoà" (old style, mark on a) and "hòa" (new style, mark on o) fold alike
        for (String query : List.of("Bình dân học vụ số lan toả", "binh dan hoc vu so lan tỏa")) {
            driver.get(server.url() + "tim-kiem/");
            driver.findElement(By.id("o-tim")).sendKeys(query);
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> !d.findElements(By.cssSelector("#ket-qua a"))
                    .isEmpty());
            assertTrue(driver.findElement(By.cssSelector("#ket-qua a")).getText().contains("Bình dân học vụ số"), query);
        }
    }

    @Test
    void aProcedurePagePrintsOnA4() throws Exception {
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(server.url() + "thu-tuc/dang-ky-khai-sinh/");
        org.openqa.selenium.print.PrintOptions options = new org.openqa.selenium.print.PrintOptions();
        options.setPageSize(new org.openqa.selenium.print.PageSize(29.7, 21.0));
        byte[] pdf = java.util.Base64.getDecoder().decode(driver.print(options).getContent());
        Files.write(shots.resolve("thu-tuc-in-a4.pdf"), pdf);
        String text = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher box = java.util.regex.Pattern.compile("/MediaBox \\[0 0 ([\\d.]+) ([\\d.]+)\\]")
                .matcher(text);
        assertTrue(box.find(), "a page size");
        assertEquals(595, Math.round(Double.parseDouble(box.group(1))), 2, "A4 width in points");
        assertEquals(842, Math.round(Double.parseDouble(box.group(2))), 2, "A4 height in points");
        long pages = java.util.regex.Pattern.compile("/Type /Page[^s]").matcher(text).results().count();
        assertTrue(pages >= 1 && pages <= 3, "pages: " + pages);
        driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        try {
            assertEquals("none", ((JavascriptExecutor) driver).executeScript(
                    "return getComputedStyle(document.querySelector('nav.menu')).display;"), "menus are not printed");
            assertEquals("block", ((JavascriptExecutor) driver).executeScript(
                    "return getComputedStyle(document.querySelector('table.bang-thuoc-tinh')).display === 'table'"
                            + " ? 'block' : 'other';"), "the procedure's table is printed");
            assertEquals("block", ((JavascriptExecutor) driver).executeScript(
                    "return getComputedStyle(document.querySelector('.chi-khi-in')).display;"), "the address is printed");
            assertTrue(driver.findElement(By.cssSelector(".chi-khi-in")).getText()
                    .endsWith("/thu-tuc/dang-ky-khai-sinh/"), "the printed address is the page's");
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
        }
        assertEquals("none", ((JavascriptExecutor) driver).executeScript(
                "return getComputedStyle(document.querySelector('.chi-khi-in')).display;"), "only on paper");
    }
}
