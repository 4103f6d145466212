package vn.cchc.site.importer;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.site.testing.SiteFixture;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code import thu-tuc} on lists written here the way officers receive them: an XLSX with a title
 * row, merged two-row headers and odd spacing; a CSV in UTF-8 with BOM and {@code ;}; portal JSON
 * with its table text run together. Import, build, import a newer list: editor text kept, owned
 * fields updated, the procedure gone from the list marked bãi bỏ, nothing duplicated.
 */
class ProcedureImportTest {
    @TempDir
    Path dir;

    private Path site() {
        return dir.resolve("site");
    }

    private Path thuTuc(String name) {
        return site().resolve("content/thu-tuc/" + name);
    }

    @Test
    void xlsxWithMergedHeadersThenBuildThenNewerList() throws Exception {
        Path list = dir.resolve("danh-muc.xlsx");
        xlsx(list, "8.000 đồng/bản");
        SiteFixture.Run run = SiteFixture.cli("import", "thu-tuc", "--source=" + site(), list.toString());
        assertEquals(0, run.exitCode(), run.err() + run.out());
        assertTrue(run.out().contains("Tạo mới: content/thu-tuc/dang-ky-khai-sinh.md"), run.out());
        // the cấp tỉnh procedure is left out by --cap xa, the row with a bad code is reported at its row
        assertFalse(Files.exists(thuTuc("cap-giay-phep-kinh-doanh-karaoke.md")));
        assertTrue(run.err().contains(list + ":8: cảnh báo: Dòng này không có mã thủ tục hợp lệ"), run.err());
        String birth = Files.readString(thuTuc("dang-ky-khai-sinh.md"));
        assertTrue(birth.contains("code: \"1.001193.000.00.00.H31\""), birth);
        assertTrue(birth.contains("field: \"Hộ tịch\""), birth);
        assertTrue(birth.contains("level: \"Cấp xã\""), birth);
        assertTrue(birth.contains("processing_time: \"Ngay trong ngày làm việc\""), birth);
        assertTrue(birth.contains("online: toan-trinh"), birth);
        assertFalse(birth.contains("change:"), "the list says nothing about a change: " + birth);
        String death = Files.readString(thuTuc("dang-ky-khai-tu.md"));
        assertTrue(death.contains("field: \"Hộ tịch\""), "field from the group heading row: " + death);
        assertTrue(death.contains("fee: \"8.000 đồng/bản\""), death);
        assertTrue(death.contains("online: mot-phan"), death);

        assertEquals(0, new SiteFixture(site()).build(dir.resolve("out")).exitCode());
        assertTrue(Files.readString(dir.resolve("out/thu-tuc/dang-ky-khai-sinh/index.html")).contains("1.001193"));

        // an editor writes below the import block
        Files.writeString(thuTuc("dang-ky-khai-tu.md"), death.replace("author: ", "author: ")
                + "\n## Ghi chú của phường\n\nNhận hồ sơ cả sáng thứ Bảy.\n", StandardCharsets.UTF_8);
        Path newer = dir.resolve("danh-muc-moi.xlsx");
        xlsxWithout(newer, "10.000 đồng/bản");
        SiteFixture.Run dry = SiteFixture.cli("import", "thu-tuc", "--source=" + site(), "--dry-run", newer.toString());
        assertEquals(0, dry.exitCode(), dry.err());
        assertTrue(dry.out().contains("Sẽ cập nhật: content/thu-tuc/dang-ky-khai-tu.md (fee)"), dry.out());
        assertTrue(dry.out().contains("Sẽ đánh dấu bãi bỏ (không còn trong danh mục): content/thu-tuc/dang-ky-khai-sinh.md"),
                dry.out());
        assertFalse(Files.readString(thuTuc("dang-ky-khai-tu.md")).contains("10.000"), "dry run writes nothing");

        Path broken = dir.resolve("hong.csv");
        Files.writeString(broken, "không phải danh mục\n", StandardCharsets.UTF_8);
        SiteFixture.Run partial = SiteFixture.cli("import", "thu-tuc", "--source=" + site(), "--dry-run",
                newer.toString(), broken.toString());
        assertFalse(partial.out().contains("bãi bỏ"), "a list read in part marks nothing withdrawn: " + partial.out());
        assertTrue(partial.err().contains("chưa đánh dấu bãi bỏ"), partial.err());

        SiteFixture.Run again = SiteFixture.cli("import", "thu-tuc", "--source=" + site(), newer.toString());
        assertEquals(0, again.exitCode(), again.err());
        String updated = Files.readString(thuTuc("dang-ky-khai-tu.md"));
        assertTrue(updated.contains("fee: \"10.000 đồng/bản\""), updated);
        assertTrue(updated.contains("Nhận hồ sơ cả sáng thứ Bảy."), "editor text kept: " + updated);
        assertTrue(Files.readString(thuTuc("dang-ky-khai-sinh.md")).contains("change: bai-bo"));
        assertEquals(2, files().size(), "no duplicates: " + files());
        assertEquals(0, new SiteFixture(site()).build(dir.resolve("out")).exitCode());

        SiteFixture.Run third = SiteFixture.cli("import", "thu-tuc", "--source=" + site(), newer.toString());
        assertTrue(third.out().contains("0 tệp đã ghi, 1 tệp không đổi"), third.out());
    }

    @Test
    void csvWithBomAndSemicolonsSaysWhenAProcedureIsNew() throws Exception {
        String csv = "\uFEFFSTT;Mã số;Tên  thủ tục;Lĩnh vực;Cấp thực hiện;Quyết định công bố;"
                + "Dịch vụ công trực tuyến;Thời hạn giải quyết;\"Phí, lệ phí\";Tình trạng\r\n"
                + "1;1.004873;Chứng thực chữ ký trong các giấy tờ, văn bản;Chứng thực;Cấp Xã;"
                + "Quyết định số 1234/QĐ-UBND;Một phần;Ngay trong ngày làm việc;\"10.000 đồng/trường hợp\";Mới ban hành\r\n"
                + "2;1.000893;Thủ tục  chưa ghi thời hạn;Chứng thực;Cấp xã;;;;;\r\n"
                + "3;1.000907;Chứng thực hợp đồng;Chứng thực;Cấp xã;\"" + "Quyết định số 99/QĐ-UBND ".repeat(30)
                + "\";Không;02 ngày làm việc;50.000 đồng;\r\n";
        SiteFixture.Run run = importList("danh-muc.csv", csv);
        String text = Files.readString(thuTuc("chung-thuc-chu-ky-trong-cac-giay-to-van-ban.md"));
        assertTrue(text.contains("change: moi"), text);
        assertTrue(text.contains("decision: \"Quyết định số 1234/QĐ-UBND\""), text);
        Path list = dir.resolve("danh-muc.csv");
        assertTrue(run.err().contains(list + ":3: cảnh báo: Thủ tục 1.000893 thiếu processing_time, fee"), run.err());
        // a decision cell that swallowed the next cells is left out, the procedure still written
        String chungThuc = Files.readString(thuTuc("chung-thuc-hop-dong.md"));
        assertFalse(chungThuc.contains("decision:"), chungThuc);
        assertTrue(run.err().contains(list + ":4: cảnh báo: Trường decision của thủ tục 1.000907 dài"), run.err());
        assertEquals(2, files().size());
    }

    @Test
    void portalJsonWithRunTogetherTablesBecomesMarkdownLists() throws Exception {
        String json = "[{\"ma_thu_tuc\": \"1.001193\", \"ten_thu_tuc\": \"  Đăng ký   khai sinh \","
                + "\"linh_vuc\": \"Hộ tịch\", \"cap_thuc_hien\": \"Cấp Xã\", \"so_quyet_dinh\": \"1872/QĐ-BTP\","
                + "\"trinh_tu_thuc_hien\": \"Bước 1: Người yêu cầu nộp hồ sơ.Bước 2: Công chức tư pháp kiểm tra hồ sơ.\\\\nBước 3: Trả kết quả.\","
                + "\"cach_thuc_thuc_hien\": \"Hình thức nộp Thời hạn giải quyết Phí, lệ phí Mô tả Trực tiếp Ngay trong ngày làm việc "
                + "Lệ phí : 8.000 Đồng Trực tuyến Ngay trong ngày làm việc Lệ phí : 0 Đồng\","
                + "\"thanh_phan_ho_so\": \"Tên giấy tờ Mẫu đơn, tờ khai Số lượng Tờ khai đăng ký khai sinh ToKhai.docx "
                + "Bản chính: 1 Bản sao: 0 Giấy chứng sinh Bản chính: 1 Bản sao: 0\","
                + "\"detail_url\": \"https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193\"},"
                + "{\"ma_thu_tuc\": \"2.000635\", \"ten_thu_tuc\": \"Cấp phép tỉnh\", \"cap_thuc_hien\": \"Cấp Tỉnh\"}]";
        importList("portal.json", json);
        String text = Files.readString(thuTuc("dang-ky-khai-sinh.md"));
        assertTrue(text.contains("title: \"Đăng ký khai sinh\""), text);
        assertTrue(text.contains("processing_time: \"Ngay trong ngày làm việc\""), text);
        assertTrue(text.contains("fee: \"Lệ phí: 8.000 đồng\""), text);
        assertTrue(text.contains("online: mot-phan"), text);
        assertTrue(text.contains("1. Bước 1: Người yêu cầu nộp hồ sơ.\n2. Bước 2: Công chức tư pháp kiểm tra hồ sơ.\n"
                + "3. Bước 3: Trả kết quả."), text);
        assertTrue(text.contains("- Tờ khai đăng ký khai sinh (bản chính: 1, bản sao: 0)\n"
                + "- Giấy chứng sinh (bản chính: 1, bản sao: 0)"), text);
        assertTrue(text.contains("- Trực tiếp\n- Trực tuyến"), text);
        assertEquals(0, new SiteFixture(site()).build(dir.resolve("out")).exitCode());
        String page = Files.readString(dir.resolve("out/thu-tuc/dang-ky-khai-sinh/index.html"));
        assertTrue(page.contains("<li>Giấy chứng sinh (bản chính: 1, bản sao: 0)</li>"), page);
        assertFalse(page.contains("cchc-import"), "markers never reach readers");
    }

    @Test
    void folderOfPortalRecordsNeverWritesAFileThatWouldFail() throws Exception {
        Path folder = dir.resolve("xuat-tu-cong");
        new SiteFixture(folder)
                .file("1.json", "{\"ma_thu_tuc\": \"1.000656\", \"ten_thu_tuc\": \"Đăng ký khai tử\", \"linh_vuc\": \"Hộ tịch\","
                        + "\"cap_thuc_hien\": \"Cấp Xã\", \"thoi_han_giai_quyet\": \"Ngay trong ngày\", \"phi_le_phi\": \"Không\","
                        + "\"muc_do\": \"Toàn trình\"}")
                .file("2.json", "{\"ma_thu_tuc\": \"1.001022\", \"ten_thu_tuc\": \"Đăng ký kết hôn\", \"linh_vuc\": \"Hộ tịch\","
                        + "\n \"cap_thuc_hien\": \"Cấp Xã\", \"thoi_han_giai_quyet\": \"03 ngày làm việc\", \"phi_le_phi\": \"Miễn\"}")
                .file("3.json", "{\"ma_thu_tuc\": \"1.001023\", \"ten_thu_tuc\": \"???\", \"linh_vuc\": \"Hộ tịch\","
                        + "\"cap_thuc_hien\": \"Cấp Xã\", \"thoi_han_giai_quyet\": \"1 ngày\", \"phi_le_phi\": \"Không\"}");
        // an editor's own mistake in the file of 1.001022: the update would not pass the build, so it is not written
        String broken = "---\ntitle: \"Kết hôn\"\ntype: thu-tuc\ndate: 2025-07-01\npillars: [khong-co]\ncode: \"1.001022\"\n"
                + "field: \"Hộ tịch\"\nlevel: \"Cấp xã\"\nprocessing_time: \"05 ngày\"\nfee: \"Miễn\"\nonline: khong\n---\n\nNội dung.\n";
        new SiteFixture(site()).file("content/thu-tuc/ket-hon.md", broken);
        SiteFixture.Run run = SiteFixture.cli("import", "thu-tuc", "--source=" + site(), folder.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readString(thuTuc("dang-ky-khai-tu.md")).contains("online: toan-trinh"));
        assertEquals(broken, Files.readString(thuTuc("ket-hon.md")));
        assertTrue(run.err().contains(folder.resolve("2.json") + ":1: lỗi: Thủ tục 1.001022 (content/thu-tuc/ket-hon.md): "
                + "Giá trị 'khong-co' không có trong danh sách chuyên đề"), run.err());
        assertTrue(run.err().contains(folder.resolve("3.json") + ":1: cảnh báo: Tên thủ tục 1.001023 không có chữ"), run.err());
        assertEquals(2, files().size());
    }

    @Test
    void nothingUsableIsExitOneWithEveryProblem() throws Exception {
        Path bad = dir.resolve("khong-phai-danh-muc.csv");
        Files.writeString(bad, "Họ tên,Địa chỉ\nNguyễn Văn A,Hải Phòng\n", StandardCharsets.UTF_8);
        Path broken = dir.resolve("hong.json");
        Files.writeString(broken, "[{\"ma_thu_tuc\": \"1.001193\",\n \"ten_thu_tuc\": }]", StandardCharsets.UTF_8);
        SiteFixture.Run run = SiteFixture.cli("import", "thu-tuc", "--source=" + site(), bad.toString(), broken.toString(),
                dir.resolve("khong-co.xlsx").toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains(bad + ":1: lỗi: Không tìm thấy dòng tiêu đề"), run.err());
        assertTrue(run.err().contains(broken + ":2: lỗi: Tệp JSON sai cú pháp"), run.err());
        assertTrue(run.err().contains("khong-co.xlsx: lỗi: Không có tệp"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(Files.exists(site().resolve("content")));
    }

    @Test
    void otherLevelsOnRequest() throws Exception {
        Path list = dir.resolve("danh-muc.xlsx");
        xlsx(list, "8.000 đồng/bản");
        SiteFixture.Run tinh = SiteFixture.cli("import", "thu-tuc", "--source=" + site(), "--cap", "tinh", list.toString());
        assertEquals(0, tinh.exitCode(), tinh.err());
        assertEquals(List.of(thuTuc("cap-giay-phep-kinh-doanh-karaoke.md")), files());
        assertTrue(tinh.out().contains("1 thủ tục cấp tỉnh"), tinh.out());
        SiteFixture.Run all = SiteFixture.cli("import", "thu-tuc", "--source=" + site(), "--cap=all", list.toString());
        assertEquals(0, all.exitCode(), all.err());
        assertEquals(3, files().size(), files().toString());
    }

    @Test
    void unknownLevelIsAUsageError() {
        SiteFixture.Run run = SiteFixture.cli("import", "thu-tuc", "--source=" + site(), "--cap", "huyen", "a.xlsx");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("xa, tinh, all"), run.err());
    }

    /** Writes {@code text} as {@code name}, imports it and expects exit 0. */
    private SiteFixture.Run importList(String name, String text) throws IOException {
        Path list = dir.resolve(name);
        Files.writeString(list, text, StandardCharsets.UTF_8);
        SiteFixture.Run run = SiteFixture.cli("import", "thu-tuc", "--source=" + site(), list.toString());
        assertEquals(0, run.exitCode(), run.err());
        return run;
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.walk(site().resolve("content"))) {
            return s.filter(Files::isRegularFile).toList();
        }
    }

    private static void xlsx(Path file, String deathFee) throws IOException {
        write(file, deathFee, true);
    }

    private static void xlsxWithout(Path file, String deathFee) throws IOException {
        write(file, deathFee, false);
    }

    /** Title row, a two-row header with merged cells, a group heading, procedures of both levels. */
    private static void write(Path file, String deathFee, boolean withBirth) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = book.createSheet("Danh mục");
            row(s, 0, "DANH MỤC THỦ TỤC HÀNH CHÍNH CẤP XÃ");
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, 7));
            row(s, 2, "STT", " Mã  thủ tục ", "TÊN THỦ TỤC", "Thông tin thủ tục", "", "", "", "Mức độ DVC");
            row(s, 3, "", "", "", "Cấp  thực hiện", "Thời hạn\ngiải quyết", "Phí, lệ phí", "Lĩnh vực", "");
            s.addMergedRegion(new CellRangeAddress(2, 3, 0, 0));
            s.addMergedRegion(new CellRangeAddress(2, 3, 1, 1));
            s.addMergedRegion(new CellRangeAddress(2, 3, 2, 2));
            s.addMergedRegion(new CellRangeAddress(2, 2, 3, 6));
            s.addMergedRegion(new CellRangeAddress(2, 3, 7, 7));
            row(s, 4, "I. LĨNH VỰC HỘ TỊCH");
            s.addMergedRegion(new CellRangeAddress(4, 4, 0, 7));
            int r = 5;
            if (withBirth) {
                row(s, r++, "1", "1.001193.000.00.00.H31", "Đăng  ký khai sinh ", "Cấp xã", "Ngay trong ngày làm việc",
                        "Miễn lệ phí", "Hộ tịch", "Toàn trình");
            } else {
                r++;
            }
            row(s, r++, "2", "1.000656", "Đăng ký khai tử", "Cấp Xã", "Ngay trong ngày làm việc", deathFee, "",
                    "Mức độ 3");
            row(s, r, "3", "không rõ", "Thủ tục lỗi mã", "Cấp xã", "1 ngày", "Không", "Hộ tịch", "");
            row(s, r + 1, "4", "2.001885", "Cấp giấy phép kinh doanh karaoke", "Cấp Tỉnh", "05 ngày", "Có",
                    "Văn hóa", "Một phần");
            book.write(out);
        }
    }

    private static void row(Sheet s, int index, String... cells) {
        Row row = s.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
        }
    }
}
