package vn.cchc.site.content;

import java.time.LocalDate;

/** The structured fields that only some types carry. */
public sealed interface Details permits Details.None, Details.VanBan, Details.ThuTuc, Details.QuyTrinh,
        Details.HoatDong {

    /**
     * The typed view of the fields of {@code type} read from front matter.
     *
     * @param attachmentLine line of the {@code attachment} field, or 0
     */
    static Details of(ContentType type, FieldValues v, int attachmentLine) {
        return switch (type) {
            case VAN_BAN -> new VanBan(v.string("number"), v.date("issued"), v.string("issuer"), v.date("effective"),
                    v.stringOrNull("attachment"), attachmentLine);
            case THU_TUC -> new ThuTuc(v.string("code"), v.string("field"), v.string("level"),
                    v.string("processing_time"), v.string("fee"), v.string("online"), v.string("change"),
                    v.stringOrNull("decision"), v.stringOrNull("dvc_url"));
            case QUY_TRINH -> new QuyTrinh(v.string("code"), v.integer("revision"), v.date("effective"),
                    v.stringOrNull("procedure"));
            case HOAT_DONG -> new HoatDong(v.string("form"), v.integer("quantity"), v.integer("participants"),
                    v.stringOrNull("url"));
            default -> new None();
        };
    }

    /** Types without extra fields (tin, bai, thong-bao, trang). */
    record None() implements Details {
    }

    /**
     * A directive document.
     *
     * @param number     số ký hiệu, e.g. {@code 30/KH-UBND}
     * @param issued     ngày ban hành
     * @param issuer     cơ quan ban hành
     * @param effective  ngày hiệu lực, or null
     * @param attachment path under {@code assets/}, or null
     * @param attachmentLine line of the {@code attachment} field in the content file, or 0
     */
    record VanBan(String number, LocalDate issued, String issuer, LocalDate effective, String attachment,
                  int attachmentLine) implements Details {
    }

    /**
     * An administrative procedure (TTHC).
     *
     * @param code           mã TTHC, e.g. {@code 1.001193.000.00.00.H31}
     * @param field          lĩnh vực
     * @param level          cấp thực hiện
     * @param processingTime thời hạn giải quyết
     * @param fee            phí, lệ phí
     * @param online         {@code toan-trinh}, {@code mot-phan} or {@code khong}
     * @param change         {@code moi}, {@code sua-doi} or {@code bai-bo}
     * @param decision       quyết định công bố, or null
     * @param dvcUrl         link to the national public-service portal, or null
     */
    record ThuTuc(String code, String field, String level, String processingTime, String fee, String online,
                  String change, String decision, String dvcUrl) implements Details {
    }

    /**
     * An ISO 9001:2015 process.
     *
     * @param code      e.g. {@code QT-01}
     * @param revision  lần ban hành (1 = new)
     * @param effective ngày hiệu lực
     * @param procedure mã TTHC it implements, or null
     */
    record QuyTrinh(String code, int revision, LocalDate effective, String procedure) implements Details {
    }

    /**
     * A record of propaganda done outside the column.
     *
     * @param form         key of {@code activity_forms} in {@code site.yml} ({@code loa}, {@code hoi-nghi}…)
     * @param quantity     lượt, buổi, chiếc (at least 1)
     * @param participants people attending (0 when none)
     * @param url          a post elsewhere, or null
     */
    record HoatDong(String form, int quantity, int participants, String url) implements Details {
    }
}
