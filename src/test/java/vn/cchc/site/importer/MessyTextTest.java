package vn.cchc.site.importer;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The small rules behind the importers: cleaning exports, header names, dates, front-matter edits. */
class MessyTextTest {
    @Test
    void escapedBreaksStraySpacesAndControlCharacters() {
        assertEquals("Nộp hồ sơ tại Bộ phận Một cửa", CleanText.line("  Nộp\u00A0 hồ sơ\\n tại \u200BBộ phận\tMột cửa  "));
        assertEquals("Dòng 1\nDòng 2", CleanText.lines("Dòng 1\\r\\n\\r\\n  Dòng 2  "));
        // decomposed letters (macOS) become NFC
        assertEquals("Hộ tịch", CleanText.line("Ho\u0323\u0302 ti\u0323ch"));
    }

    @Test
    void runTogetherListsSplitIntoEntries() {
        assertEquals(List.of("Bước 1: Nộp hồ sơ.", "Bước 2: Kiểm tra.", "Bước 3: Trả kết quả."),
                CleanText.entries("Bước 1: Nộp hồ sơ.Bước 2: Kiểm tra. Bước 3: Trả kết quả."));
        assertEquals(List.of("Tờ khai", "Giấy chứng sinh"), CleanText.entries("- Tờ khai\\n- Giấy chứng sinh"));
        assertEquals(List.of("Nộp hồ sơ & lệ phí", "Nhận kết quả"),
                CleanText.entries("<p>Nộp hồ sơ &amp; lệ phí</p><p><b>Nhận</b> kết quả</p>"));
        assertEquals(List.of("Bản sao giấy tờ tùy thân", "Tờ khai theo mẫu"),
                CleanText.entries("• Bản sao giấy tờ tùy thân • Tờ khai theo mẫu"));
        assertEquals(List.of("Thành phố Hà Nội - Hải Phòng"), CleanText.entries("Thành phố Hà Nội - Hải Phòng"));
    }

    @Test
    void portalPaperTables() {
        assertEquals(List.of("Tờ khai (bản chính: 1, bản sao: 0)", "Giấy tờ khác (bản chính: 0, bản sao: 2)"),
                CleanText.papers("Bao gồm Tên giấy tờ Mẫu đơn, tờ khai Số lượng Tờ khai Mau01.docx Bản chính: 1 "
                        + "Bản sao: 0 Giấy tờ khác Bản chính: 0 Bản sao: 2"));
    }

    @Test
    void headersMatchLoosely() {
        assertEquals(Optional.of(Column.CODE), Column.of(" MÃ  THỦ TỤC "));
        assertEquals(Optional.of(Column.CODE), Column.of("Mã số"));
        assertEquals(Optional.of(Column.FEE), Column.of("Phí, lệ  phí (đồng)"));
        assertEquals(Optional.of(Column.FEE), Column.of("phi le phi"));
        assertEquals(Optional.of(Column.TIME), Column.of("Thời hạn\ngiải quyết"));
        assertEquals(Optional.of(Column.ONLINE), Column.of("Dịch vụ công trực tuyến"));
        assertEquals(Optional.of(Column.NAME), Column.of("Tên thủ tục hành chính"));
        assertEquals(Optional.empty(), Column.of("STT"));
        assertEquals(Optional.empty(), Column.of("Cơ quan thực hiện"));
    }

    @Test
    void onlineLevelsAndChanges() {
        assertEquals(Optional.of("toan-trinh"), ProcedureFields.online("Mức độ 4"));
        assertEquals(Optional.of("mot-phan"), ProcedureFields.online("DVC một phần"));
        assertEquals(Optional.of("khong"), ProcedureFields.online("Không"));
        assertEquals(Optional.empty(), ProcedureFields.online("?"));
        assertEquals(Optional.of("sua-doi"), ProcedureFields.change("Sửa đổi, bổ sung"));
        assertEquals(Optional.of("bai-bo"), ProcedureFields.change("BÃI BỎ"));
        assertEquals(Optional.empty(), ProcedureFields.change(""));
    }

    @Test
    void datesInVietnamTime() {
        assertEquals(Optional.of(LocalDateTime.of(2025, 3, 14, 8, 30)), Dates.parse("Fri, 14 Mar 2025 01:30:00 GMT"));
        assertEquals(Optional.of(LocalDateTime.of(2025, 5, 2, 9, 15)), Dates.parse("2025-05-02T02:15:00Z"));
        assertEquals(Optional.of(LocalDateTime.of(2025, 5, 5, 14, 20)), Dates.parse("Thứ Hai, 05/05/2025 - 14:20"));
        assertEquals(Optional.of(LocalDateTime.of(2025, 5, 5, 14, 20)), Dates.parse("14:20 05/05/2025"));
        assertEquals(Optional.of(LocalDateTime.of(2025, 5, 5, 0, 0)), Dates.parse("Ngày 5/5/2025"));
        assertEquals(Optional.empty(), Dates.parse("31/04/2025"));
    }

    @Test
    void frontMatterEditsKeepEverythingElse() {
        String text = "---\ntitle: \"Cũ\"  \n# ghi chú của biên tập viên\ntags: [Hộ tịch]\nfee: >\n  dài\n  hai dòng\n---\n\nNội dung\n";
        assertEquals("---\ntitle: \"Mới \\\"x\\\"\"\n# ghi chú của biên tập viên\ntags: [Hộ tịch]\nfee: \"Không\"\n"
                        + "change: bai-bo\n---\n\nNội dung\n",
                FrontMatterText.setFields(text, Map.of("title", FrontMatterText.quote("Mới \"x\""),
                        "fee", FrontMatterText.quote("Không"), "change", "bai-bo")));
    }

    @Test
    void redirectsForNginxAndApache() {
        Map<String, String> map = Map.of("http://cu.gov.vn/tin/a%20b.html?id=1&x=2", "https://moi.gov.vn/tin-tuc/a/");
        assertTrue(RedirectMap.nginx(map).contains("    \"/tin/a%20b.html?id=1&x=2\" \"https://moi.gov.vn/tin-tuc/a/\";\n"));
        String apache = RedirectMap.htaccess(map);
        assertTrue(apache.contains("RewriteCond %{REQUEST_URI} \"^/tin/a b\\.html$\"\n"
                + "RewriteCond %{QUERY_STRING} \"^id=1&x=2$\"\nRewriteRule ^ https://moi.gov.vn/tin-tuc/a/? [R=301,L]\n"), apache);
    }
}
