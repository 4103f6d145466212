package vn.cchc.site.export;

import vn.cchc.site.testing.SiteFixture;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A small site for the paste pack: a rich item (heading h1, image, attachment, table, raw HTML with
 * class and id, internal and external links), an item already on the portal, a draft and a scheduled one.
 */
final class PortalFixture {
    static final String PORTAL_URL = "https://lechan.haiphong.gov.vn/tin-tuc/khac-123.html";
    static final String BASE = "https://cchc.example.gov.vn/cchc/";

    private PortalFixture() {
    }

    static SiteFixture write(Path root) throws IOException {
        SiteFixture site = new SiteFixture(root);
        site.file("site.yml", """
                title: "Cải cách hành chính - Chuyển đổi số"
                ward: "Phường Lê Chân"
                base_url: "%s"
                portal:
                  host: lechan.haiphong.gov.vn
                  categories:
                    tin: "Cải cách hành chính"
                    mac-dinh: "Tin tức - Sự kiện"
                """.formatted(BASE));
        site.bytes("assets/anh/Hội thi.png", png());
        site.bytes("assets/tep/Ke-Hoach_30.PDF", "%PDF-1.4 kế hoạch".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        site.item("tin-tuc/hoi-thi.md", """
                title: Hội thi tìm hiểu cải cách hành chính
                type: tin
                date: 2025-03-10 08:30
                author: Nguyễn Văn A
                pillars: [cong-vu]
                summary: Hội thi thu hút 300 người tham gia.
                """, """
                # Kết quả hội thi

                Xem [kế hoạch](/tep/Ke-Hoach_30.PDF), [tin khác](/tin-tuc/khac/) và [mục dưới](#giai-thuong).

                ![Trao giải hội thi](/anh/Hội%20thi.png)

                <div class="hop" id="hop-1" style="color:red">Chữ <span class="nho">nhỏ</span></div>

                ## Giải thưởng

                | Giải | Số người |
                |---|---|
                | Nhất | 1 |

                Nộp hồ sơ tại [Cổng Dịch vụ công quốc gia](https://dichvucong.gov.vn/p/home/dvc-trang-chu.html).
                """);
        site.item("tin-tuc/khac.md", """
                title: Tin đã có trên cổng
                type: tin
                date: 2025-02-01 09:00
                pillars: [cong-vu]
                portal_url: %s
                """.formatted(PORTAL_URL), "Nội dung tin đã đăng trên cổng.");
        site.item("tin-tuc/nhap.md", """
                title: Bản nháp
                type: tin
                status: draft
                date: 2025-02-01 09:00
                pillars: [cong-vu]
                """, "Chưa xong.");
        site.item("thong-bao/tuong-lai.md", """
                title: Thông báo hẹn giờ
                type: thong-bao
                date: 2099-01-01 09:00
                pillars: [cong-vu]
                """, "Chưa đến giờ đăng.");
        site.item("thong-bao/lich.md", """
                title: Lịch tiếp công dân
                type: thong-bao
                date: 2025-04-01 07:00
                pillars: [cong-vu]
                """, "Lịch tiếp công dân quý II.");
        return site;
    }

    static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
