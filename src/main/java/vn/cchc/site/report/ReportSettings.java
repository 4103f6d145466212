package vn.cchc.site.report;

import vn.cchc.site.core.SiteConfig;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the signed report says about who sends it to whom: the {@code report:} section of
 * {@code site.yml}, with defaults made from the ward's name. Empty texts are printed as marked
 * places for the officer to fill.
 *
 * @param parentBody  cơ quan chủ quản, upper case in the header (optional)
 * @param issuer      the issuing body ({@code UBND PHƯỜNG LÊ CHÂN})
 * @param symbol      ký hiệu after the number ({@code BC-UBND} in "Số: …/BC-UBND")
 * @param place       place name of the date line ({@code Lê Chân})
 * @param recipient   "Kính gửi" (the body that asked for the report)
 * @param request     the request cited by the opening ("Công văn số … ngày … của … về việc …")
 * @param subject     the subject line under "BÁO CÁO"; empty: made from the window
 * @param signerFor   {@code KT. CHỦ TỊCH}; empty when the chairman signs
 * @param signerTitle {@code PHÓ CHỦ TỊCH}
 * @param signer      the signer's full name
 * @param recipients  the lines of "Nơi nhận" ({@code Như trên;}, {@code Lưu: VT.})
 * @param royalties   type key → royalty coefficient; empty: no royalty table
 */
public record ReportSettings(String parentBody, String issuer, String symbol, String place, String recipient,
                             String request, String subject, String signerFor, String signerTitle, String signer,
                             List<String> recipients, Map<String, Double> royalties) {

    public ReportSettings {
        recipients = List.copyOf(recipients);
        royalties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(royalties));
    }

    /** The keys {@code report:} accepts, with their meaning. */
    static final Map<String, String> KEYS = keys("parent_body", "cơ quan chủ quản", "issuer", "cơ quan ban hành",
            "symbol", "ký hiệu (BC-UBND)", "place", "địa danh", "recipient", "nơi nhận báo cáo (Kính gửi)", "request",
            "văn bản yêu cầu báo cáo", "subject", "trích yếu", "signer_for", "KT. CHỦ TỊCH", "signer_title",
            "chức vụ người ký", "signer", "họ tên người ký", "recipients", "danh sách Nơi nhận", "royalties",
            "hệ số nhuận bút theo loại");

    /** The settings of a site whose {@code site.yml} has no {@code report:} section. */
    public static ReportSettings defaults(SiteConfig config) {
        String ward = config.ward().strip();
        String place = ward.replaceFirst("^(?iu)(phường|xã|thị trấn|đặc khu)\\s+", "");
        return new ReportSettings("", "UBND " + ward.toUpperCase(Locale.forLanguageTag("vi")), "BC-UBND", place, "",
                "", "", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", List.of("Như trên;", "Lưu: VT."), Map.of());
    }

    private static Map<String, String> keys(String... pairs) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}
