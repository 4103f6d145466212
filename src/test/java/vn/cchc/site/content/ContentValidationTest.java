package vn.cchc.site.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.site.core.Problem;
import vn.cchc.site.config.SiteConfigLoader;
import vn.cchc.site.testing.SiteFixture;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every problem of a content file is reported with its file, line and a Vietnamese explanation. */
class ContentValidationTest {
    @TempDir
    Path dir;

    private List<Problem> errorsOf(String frontMatter) throws Exception {
        SiteFixture site = new SiteFixture(dir);
        site.item("a.md", frontMatter, "Nội dung.");
        LoadedContent loaded = new ContentLoader(dir, SiteConfigLoader.defaults()).load();
        return loaded.problems().stream().filter(Problem::isError).toList();
    }

    private static void assertOne(List<Problem> problems, int line, String part) {
        assertEquals(1, problems.size(), problems.toString());
        Problem p = problems.get(0);
        assertEquals("content/a.md", p.file());
        assertEquals(line, p.line(), p.format());
        assertTrue(p.message().contains(part), p.format());
    }

    @Test
    void month13IsReportedOnTheDateLine() throws Exception {
        assertOne(errorsOf("title: \"Tin\"\ntype: tin\ndate: 26/13/2025\npillars: [cong-vu]"), 4, "tháng 13");
    }

    @Test
    void unknownTypeSuggestsTheClosest() throws Exception {
        assertOne(errorsOf("title: Tin\ntype: tinn\ndate: 2025-01-02"), 3, "Có phải ý bạn là 'tin'?");
    }

    @Test
    void aTypeWrittenAsItsVietnameseNameSuggestsItsKey() throws Exception {
        assertOne(errorsOf("title: Tin\ntype: Tin tức\ndate: 2025-01-02"), 3, "Có phải ý bạn là 'tin'?");
        assertOne(errorsOf("title: TB\ntype: Thông báo\ndate: 2025-01-02"), 3, "Có phải ý bạn là 'thong-bao'?");
        assertOne(errorsOf("title: QT\ntype: quy trình ISO\ndate: 2025-01-02"), 3, "Có phải ý bạn là 'quy-trinh'?");
    }

    @Test
    void missingTitleIsReported() throws Exception {
        assertOne(errorsOf("type: tin\ndate: 2025-01-02\npillars: [cong-vu]"), 5, "Thiếu Tiêu đề");
    }

    @Test
    void badDocumentNumberIsReported() throws Exception {
        assertOne(errorsOf("title: KH\ntype: van-ban\ndate: 2025-01-02\npillars: [cong-vu]\nnumber: \"30 KH UBND\"\n"
                + "issued: 2025-01-02\nissuer: UBND phường"), 6, "Số ký hiệu");
    }

    @Test
    void lowerCaseDocumentNumberSuggestsUpperCase() throws Exception {
        assertOne(errorsOf("title: KH\ntype: van-ban\ndate: 2025-01-02\npillars: [cong-vu]\nnumber: \"30/kh-ubnd\"\n"
                + "issued: 2025-01-02\nissuer: UBND phường"), 6, "30/KH-UBND");
    }

    @Test
    void realDocumentNumbersAreAccepted() throws Exception {
        for (String n : List.of("30/KH-UBND", "6121/SVHTTDL-TTBCXB", "42/2022/NĐ-CP", "2231/SNV-CCHC&PC", "57-NQ/TW")) {
            assertEquals(List.of(), errorsOf("title: KH\ntype: van-ban\ndate: 2025-01-02\npillars: [cong-vu]\n"
                    + "number: \"" + n + "\"\nissued: 2025-01-02\nissuer: UBND phường"), n);
        }
    }

    @Test
    void badProcedureCodeIsReported() throws Exception {
        assertOne(errorsOf("title: Khai sinh\ntype: thu-tuc\ndate: 2025-01-02\npillars: [cong-vu]\ncode: \"1.0011\"\n"
                + "field: Hộ tịch\nlevel: Cấp xã\nprocessing_time: 1 ngày\nfee: Không\nonline: toan-trinh\nchange: moi"),
                6, "Mã TTHC");
    }

    @Test
    void unknownPillarIsReportedWithSuggestion() throws Exception {
        assertOne(errorsOf("title: Tin\ntype: tin\ndate: 2025-01-02\npillars: [the-chee]"), 5, "'the-che'");
    }

    @Test
    void allProblemsOfAFileAreListedAtOnce() throws Exception {
        List<Problem> problems = errorsOf("type: tinn\ndate: 31/04/2025\npillars: [khong-co]");
        assertEquals(4, problems.size(), problems.toString());
    }

    @Test
    void twoFilesWithTheSameUrlAreAnError() throws Exception {
        SiteFixture site = new SiteFixture(dir);
        site.item("2024/hoi-thi.md", "title: A\ntype: tin\ndate: 2024-01-02\npillars: [cong-vu]", "x");
        site.item("2025/hoi-thi.md", "title: B\ntype: bai\ndate: 2025-01-02\npillars: [cong-vu]", "x");
        List<Problem> errors = new ContentLoader(dir, SiteConfigLoader.defaults()).load().problems().stream()
                .filter(Problem::isError).toList();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).message().contains("/tin-tuc/hoi-thi/"), errors.get(0).format());
    }

    @Test
    void typeNotFolderDecidesTheUrl() throws Exception {
        SiteFixture site = new SiteFixture(dir);
        site.item("tin-tuc/thu-tuc-khai-sinh.md", "title: Khai sinh\ntype: thu-tuc\ndate: 2025-01-02\n"
                + "pillars: [cong-vu]\ncode: \"1.001193\"\nfield: Hộ tịch\nlevel: Cấp xã\nprocessing_time: 1 ngày\n"
                + "fee: Không\nonline: toan-trinh\nchange: moi", "x");
        LoadedContent loaded = new ContentLoader(dir, SiteConfigLoader.defaults()).load();
        assertEquals("thu-tuc/thu-tuc-khai-sinh/", loaded.items().get(0).path());
    }

    @Test
    void channelsDefaultToThePortal() throws Exception {
        SiteFixture site = new SiteFixture(dir);
        site.item("a.md", "title: Tin\ntype: tin\ndate: 2025-01-02\npillars: [cong-vu]", "x");
        Item item = new ContentLoader(dir, SiteConfigLoader.defaults()).load().items().get(0);
        assertEquals(List.of("cong-ttdt"), item.channels());
    }

    @Test
    void aPlainPageCannotTakeTheNameOfASection() throws Exception {
        SiteFixture site = new SiteFixture(dir);
        site.item("trang/tin-tuc.md", "title: Tin tức\ntype: trang", "x");
        List<Problem> errors = new ContentLoader(dir, SiteConfigLoader.defaults()).load().problems().stream()
                .filter(Problem::isError).toList();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).message().contains("/tin-tuc/"), errors.get(0).format());
    }
}
