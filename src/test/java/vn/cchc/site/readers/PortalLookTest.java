package vn.cchc.site.readers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import vn.cchc.site.testing.BrowsedSample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sample site looks like a ward portal's column, in Debian's headless Chromium: the header
 * (emblem, people's committee, city, column, today's date from the browser) and its height on a
 * phone, the menu on one line on a desktop and behind a keyboard-friendly button on a phone, the
 * home page's featured item, thumbnails and public-service links, and reading pages.
 */
class PortalLookTest {
    @RegisterExtension
    static final BrowsedSample SAMPLE = new BrowsedSample();

    private static Object js(String script) {
        return SAMPLE.driver().executeScript(script);
    }

    private static void open(String page, int width) {
        SAMPLE.driver().manage().window().setSize(new Dimension(width, 900));
        SAMPLE.driver().get(SAMPLE.server().url() + page);
    }

    @Test
    void headerNamesTheWardUnderItsEmblemWithTodaysDateFromTheBrowser() throws Exception {
        open("", 1280);
        WebElement header = SAMPLE.driver().findElement(By.cssSelector("header.dau-trang"));
        assertTrue(header.getText().contains("THÀNH PHỐ HẢI PHÒNG"), header.getText());
        assertTrue(header.getText().contains("ỦY BAN NHÂN DÂN PHƯỜNG LÊ CHÂN"), header.getText());
        assertTrue(header.getText().contains("Cải cách hành chính - Chuyển đổi số"), header.getText());
        WebElement emblem = header.findElement(By.cssSelector("img.bieu-trung"));
        assertEquals(Boolean.TRUE, js("return document.querySelector('img.bieu-trung').naturalWidth > 0;"),
                "the default emblem is published and loads: " + emblem.getAttribute("src"));
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertTrue(SAMPLE.driver().findElement(By.id("hom-nay")).getText().endsWith("ngày " + today),
                SAMPLE.driver().findElement(By.id("hom-nay")).getText());
        assertFalse(Files.readString(SAMPLE.out().resolve("index.html")).contains(today), "the date is not baked into the page");

        open("", 360);
        double height = ((Number) js("return document.querySelector('header.dau-trang').getBoundingClientRect().height;"))
                .doubleValue();
        assertTrue(height <= 170, "header height at 360 px: " + height);
    }

    @Test
    void menuFitsOneLineOnADesktopAndOpensFromAButtonOnAPhone() {
        open("", 1280);
        assertEquals(1L, js("return new Set([...document.querySelectorAll('.menu li')].map(l => l.offsetTop)).size;"),
                "one line of menu at 1280 px");
        assertFalse(SAMPLE.driver().findElement(By.cssSelector(".menu summary")).isDisplayed());

        open("thu-tuc/", 360);
        WebElement button = SAMPLE.driver().findElement(By.cssSelector(".menu summary"));
        assertTrue(button.isDisplayed());
        assertTrue(button.getText().contains("Danh mục"));
        WebElement link = SAMPLE.driver().findElement(By.cssSelector(".menu a[href$='van-ban/']"));
        assertFalse(link.isDisplayed(), "closed on a phone");
        assertTrue(button.getSize().getHeight() >= 44, "a large tap target");
        button.sendKeys(Keys.ENTER);
        assertTrue(link.isDisplayed(), "opened from the keyboard");
        assertEquals("page", SAMPLE.driver().findElement(By.cssSelector(".menu a[href$='thu-tuc/']")).getAttribute("aria-current"));
        double tall = ((Number) js("return Math.min(...[...document.querySelectorAll('.menu a')].map(a => a.getBoundingClientRect().height));")).doubleValue();
        assertTrue(tall >= 44, "menu links are large tap targets: " + tall);
        button.click();
        assertFalse(link.isDisplayed(), "closed again");
    }

    @Test
    void homeHasAFeaturedItemThumbnailsPublicServicesAndStaysShort() {
        open("", 1280);
        WebElement featured = SAMPLE.driver().findElement(By.cssSelector(".noi-bat"));
        assertEquals(Boolean.TRUE, js("return document.querySelector('.noi-bat img').naturalWidth > 0;"));
        assertFalse(featured.findElement(By.tagName("img")).getAttribute("alt").isBlank());
        assertFalse(SAMPLE.driver().findElements(By.cssSelector(".danh-sach-anh img.anh-nho")).isEmpty(), "news thumbnails");
        List<String> services = SAMPLE.driver().findElements(By.cssSelector(".lien-ket-dvc a")).stream()
                .map(a -> a.getAttribute("href")).toList();
        assertTrue(services.stream().anyMatch(h -> h.startsWith("https://dichvucong.gov.vn/")), services.toString());
        assertTrue(services.stream().anyMatch(h -> h.endsWith("/thu-tuc/")), services.toString());
        assertTrue(SAMPLE.driver().findElement(By.linkText("Lưu trữ: mọi tin, bài theo năm và tháng")).isDisplayed());
        for (int width : new int[] {360, 1280}) {
            open("", width);
            long page = ((Number) js("return document.documentElement.scrollHeight;")).longValue();
            assertTrue(page < (width == 360 ? 5500 : 3000), "home page height at " + width + " px: " + page);
        }
    }

    @Test
    void proceduresAndProcessesAreNotNewsAndTextStaysReadable() {
        for (String page : List.of("thu-tuc/dang-ky-khai-sinh/", "quy-trinh-iso/qt-01-dang-ky-khai-sinh/")) {
            open(page, 1280);
            String text = SAMPLE.driver().findElement(By.tagName("main")).getText();
            assertFalse(text.contains("Đăng ngày"), page);
            assertFalse(text.contains("Bài trước đó") || text.contains("Bài mới hơn"), page);
        }
        open("tin-tuc/hoi-thi-truc-tuyen-tim-hieu-cchc-2025/", 1280);
        assertTrue(SAMPLE.driver().findElement(By.tagName("main")).getText().contains("Đăng ngày"));
        Object chars = js("const p = document.querySelector('.noi-dung-bai p'); const s = document.createElement('span');"
                + "s.textContent = 'a'.repeat(100); s.style.whiteSpace = 'nowrap'; p.appendChild(s);"
                + "const w = s.getBoundingClientRect().width / 100; s.remove(); return p.getBoundingClientRect().width / w;");
        assertTrue(((Number) chars).doubleValue() <= 80, "characters per line: " + chars);
        assertEquals("400", js("return getComputedStyle(document.querySelector('.noi-dung-bai a, .bai-chan a')).fontWeight;"));
        assertTrue(String.valueOf(js("return getComputedStyle(document.querySelector('.bai-chan a')).textDecorationLine;"))
                .contains("underline"));

        open("thong-ke/2025/", 360);
        double label = ((Number) js("return document.querySelector('.bieu-do svg text').getBoundingClientRect().height;"))
                .doubleValue();
        assertTrue(label >= 11, "chart labels readable at 360 px: " + label);
        open("thong-ke/", 1280);
        assertTrue(SAMPLE.driver().findElement(By.cssSelector("tbody th a")).getText().startsWith("Năm "));
    }
}
