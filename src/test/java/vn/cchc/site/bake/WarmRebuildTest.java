package vn.cchc.site.bake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.site.testing.SiteFixture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A warm Baker (the serve preview) rewrites only the pages that show what changed. */
class WarmRebuildTest {
    @TempDir
    Path dir;

    private static final BuildTime NOW = new BuildTime(Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void editingOneBodyRewritesOnlyThatPage() throws Exception {
        SiteFixture site = new SiteFixture(dir.resolve("site"));
        for (int i = 1; i <= 30; i++) {
            site.item(String.format("tin/tin-%02d.md", i), "title: Tin số " + i + "\ntype: tin\ndate: 2025-03-"
                    + String.format("%02d", i % 28 + 1) + "\npillars: [cong-vu]\ntags: [Một cửa]\nsummary: Tóm tắt " + i, "Nội dung " + i + ".");
        }
        Path out = dir.resolve("preview");
        BakeOptions options = new BakeOptions(site.root(), out, NOW, true, false, 2);
        Baker baker = new Baker();
        baker.bake(options);
        int all = baker.lastWritten().size();
        assertTrue(all > 30, "first bake writes every page: " + all);

        Thread.sleep(20);
        site.item("tin/tin-07.md", "title: Tin số 7\ntype: tin\ndate: 2025-03-08\npillars: [cong-vu]\ntags: [Một cửa]\n"
                + "summary: Tóm tắt 7",
                "Nội dung đã sửa.");
        baker.bake(options);
        assertEquals(List.of("tin-tuc/tin-07/"), baker.lastWritten(),
                "a body edit rewrites the item page only: lists show the summary field, not the body");
        assertTrue(Files.readString(out.resolve("tin-tuc/tin-07/index.html")).contains("Nội dung đã sửa."));

        baker.bake(options);
        assertEquals(List.of(), baker.lastWritten(), "nothing changed, nothing rewritten");
    }

    @Test
    void retitlingRewritesTheListsAndNeighboursThatShowTheTitle() throws Exception {
        SiteFixture site = new SiteFixture(dir.resolve("site"));
        for (int i = 1; i <= 3; i++) {
            site.item("tin/tin-" + i + ".md", "title: Tin số " + i + "\ntype: tin\ndate: 2025-03-0" + i
                    + "\npillars: [cong-vu]\nsummary: Tóm tắt " + i, "Nội dung " + i + ".");
        }
        Path out = dir.resolve("preview");
        BakeOptions options = new BakeOptions(site.root(), out, NOW, true, false, 2);
        Baker baker = new Baker();
        baker.bake(options);
        Thread.sleep(20);
        site.item("tin/tin-2.md", "title: Tin số hai\ntype: tin\ndate: 2025-03-02\npillars: [cong-vu]\n"
                + "summary: Tóm tắt 2", "Nội dung 2.");
        baker.bake(options);
        List<String> written = baker.lastWritten();
        assertTrue(written.contains("tin-tuc/tin-2/"));
        assertTrue(written.contains("tin-tuc/tin-1/"), "its neighbour shows its title: " + written);
        assertTrue(written.contains("tin-tuc/"), written.toString());
        assertTrue(written.contains("luu-tru/2025/03/"), written.toString());
        assertFalse(written.contains("gioi-thieu/"));
        assertTrue(Files.readString(out.resolve("tin-tuc/index.html")).contains("Tin số hai"));
    }

    @Test
    void deletedItemsDisappearFromThePreview() throws Exception {
        SiteFixture site = new SiteFixture(dir.resolve("site"));
        site.item("tin/a.md", "title: A\ntype: tin\ndate: 2025-03-01\npillars: [cong-vu]", "A.");
        site.item("tin/b.md", "title: B\ntype: tin\ndate: 2025-03-02\npillars: [cong-vu]", "B.");
        Path out = dir.resolve("preview");
        BakeOptions options = new BakeOptions(site.root(), out, NOW, true, false, 2);
        Baker baker = new Baker();
        baker.bake(options);
        assertTrue(Files.exists(out.resolve("tin-tuc/b/index.html")));
        Files.delete(site.root().resolve("content/tin/b.md"));
        baker.bake(options);
        assertFalse(Files.exists(out.resolve("tin-tuc/b/index.html")));
    }

    @Test
    void statisticsPagesChangeWithWhatIsCountedNotWithBodies() throws Exception {
        SiteFixture site = new SiteFixture(dir.resolve("site"));
        for (int i = 1; i <= 3; i++) {
            site.item("tin/tin-" + i + ".md", "title: Tin số " + i + "\ntype: tin\ndate: 2025-03-0" + i
                    + "\nchannels: [cong-ttdt]\nsummary: Tóm tắt " + i, "Nội dung " + i + ".");
        }
        Path out = dir.resolve("preview");
        BakeOptions options = new BakeOptions(site.root(), out, NOW, true, false, 2);
        Baker baker = new Baker();
        baker.bake(options);
        assertTrue(Files.readString(out.resolve("thong-ke/2025/index.html")).contains("<strong>3</strong>"));

        Thread.sleep(20);
        site.item("tin/tin-1.md", "title: Tin số 1\ntype: tin\ndate: 2025-03-01\nchannels: [cong-ttdt]\n"
                + "summary: Tóm tắt 1", "Nội dung khác.");
        baker.bake(options);
        assertFalse(baker.lastWritten().contains("thong-ke/2025/"), baker.lastWritten().toString());

        site.item("tin/tin-1.md", "title: Tin số 1\ntype: tin\ndate: 2024-05-01\nchannels: [cong-ttdt]\n"
                + "summary: Tóm tắt 1", "Nội dung khác.");
        baker.bake(options);
        List<String> written = baker.lastWritten();
        assertTrue(written.contains("thong-ke/2025/") && written.contains("thong-ke/2024/")
                && written.contains("thong-ke/"), written.toString());
        assertFalse(written.contains("thong-ke/2026/"), "nothing moved in or out of 2026: " + written);
        assertTrue(Files.readString(out.resolve("thong-ke/2025/index.html")).contains("<strong>2</strong>"));
        assertTrue(Files.readString(out.resolve("thong-ke/2024/index.html")).contains("<strong>1</strong>"));
    }

    @Test
    void movingAProcessToAnotherProcedureMovesItsLink() throws Exception {
        SiteFixture site = new SiteFixture(dir.resolve("site"));
        for (String code : new String[] {"1.000001", "2.000002"}) {
            site.item("thu-tuc/tt-" + code.charAt(0) + ".md", "title: Thủ tục " + code + "\ntype: thu-tuc\n"
                    + "date: 2025-03-01\ncode: \"" + code + "\"\nfield: Hộ tịch\nlevel: Cấp xã\n"
                    + "processing_time: Trong ngày\nfee: Không\nonline: toan-trinh\nchange: moi", "Hồ sơ gồm tờ khai.");
        }
        site.item("quy-trinh/qt-01.md", "title: Quy trình một\ntype: quy-trinh\ndate: 2025-03-02\ncode: QT-01\n"
                + "revision: 1\neffective: 2025-03-02\nprocedure: \"1.000001\"", "Các bước.");
        Path out = dir.resolve("preview");
        BakeOptions options = new BakeOptions(site.root(), out, NOW, true, false, 2);
        Baker baker = new Baker();
        baker.bake(options);
        assertTrue(Files.readString(out.resolve("thu-tuc/tt-1/index.html")).contains("QT-01"));
        assertFalse(Files.readString(out.resolve("thu-tuc/tt-2/index.html")).contains("QT-01"));

        Thread.sleep(20);
        site.item("quy-trinh/qt-01.md", "title: Quy trình một\ntype: quy-trinh\ndate: 2025-03-02\ncode: QT-01\n"
                + "revision: 1\neffective: 2025-03-02\nprocedure: \"2.000002\"", "Các bước.");
        baker.bake(options);
        assertTrue(baker.lastWritten().containsAll(List.of("thu-tuc/tt-1/", "thu-tuc/tt-2/")),
                baker.lastWritten().toString());
        assertFalse(Files.readString(out.resolve("thu-tuc/tt-1/index.html")).contains("QT-01"));
        assertTrue(Files.readString(out.resolve("thu-tuc/tt-2/index.html")).contains("QT-01"));
    }

    @Test
    void aScheduledItemLosesItsMarkAndIsCountedWhenItsTimeComes() throws Exception {
        SiteFixture site = new SiteFixture(dir.resolve("site"));
        site.item("tin/sap-dang.md", "title: Sắp đăng\ntype: tin\ndate: 2026-01-02 08:00\nsummary: Tóm tắt",
                "Nội dung.");
        Path out = dir.resolve("preview");
        Baker baker = new Baker();
        baker.bake(new BakeOptions(site.root(), out, NOW, true, false, 2));
        assertTrue(Files.readString(out.resolve("tin-tuc/sap-dang/index.html")).contains("HẸN GIỜ"));

        BuildTime later = new BuildTime(Instant.parse("2026-01-03T00:00:00Z"));
        baker.bake(new BakeOptions(site.root(), out, later, true, false, 2));
        assertTrue(baker.lastWritten().containsAll(List.of("tin-tuc/sap-dang/", "thong-ke/2026/")),
                baker.lastWritten().toString());
        assertFalse(Files.readString(out.resolve("tin-tuc/sap-dang/index.html")).contains("HẸN GIỜ"));
        assertTrue(Files.readString(out.resolve("thong-ke/2026/index.html")).contains("<strong>1</strong>"));
    }
}
