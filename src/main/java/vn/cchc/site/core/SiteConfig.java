package vn.cchc.site.core;

import java.util.List;
import java.util.Map;

/**
 * Everything a ward configures in {@code site.yml}: its name and contacts, the public base URL,
 * the vocabularies, paging, statistics and safety limits. Immutable.
 *
 * @param title           name of the column, e.g. "Cải cách hành chính - Chuyển đổi số"
 * @param ward            name of the ward, e.g. "Phường Lê Chân"
 * @param parent          the authority above it, e.g. "Thành phố Hải Phòng"
 * @param baseUrl         public address of the column, ending in '/'
 * @param address         postal address shown in the footer
 * @param hotline         phone shown in the footer
 * @param email           e-mail shown in the footer
 * @param pageSize        items per list page
 * @param pillars         the reform pillars ("nội dung CCHC") items are filed under
 * @param channels        where items are also published (counted per channel)
 * @param statsWindow     which windows the build report uses
 * @param statsPage       whether the public site carries the statistics page
 * @param targets         yearly targets: year → (type key, "tin-bai" or "tong") → number
 * @param embedHosts      hosts allowed in editor {@code <iframe>}s
 * @param attachmentMaxBytes largest attachment accepted
 * @param activityForms   forms of propaganda outside the column ({@code hoat-dong} records)
 * @param activitiesPage  whether the statistics pages list those records ({@code /thong-ke/hoat-dong/})
 * @param portal          the ward's official portal, where articles are pasted ({@code portal:})
 * @param origins         the old wards merged into this one (key → Vietnamese name), which imported items
 *                        name in their {@code origin} field; empty when the ward imported nothing
 * @param logo            the ward's emblem or logo shown in the header, a path under {@code assets/}
 *                        ({@link #DEFAULT_LOGO} unless {@code logo:} names another)
 */
public record SiteConfig(String title, String ward, String parent, String baseUrl, String address,
                         String hotline, String email, int pageSize, Vocabulary pillars, Vocabulary channels,
                         StatsWindowKind statsWindow, boolean statsPage, Map<Integer, Map<String, Integer>> targets,
                         List<String> embedHosts, long attachmentMaxBytes, Vocabulary activityForms,
                         boolean activitiesPage, PortalConfig portal,
                         Vocabulary origins, String logo) {

    /**
     * A vocabulary by the name a schema file gives it: {@code pillars}, {@code channels},
     * {@code activity_forms} or {@code origins}.
     */
    public Vocabulary vocabulary(String name) {
        return switch (name) {
            case "pillars" -> pillars;
            case "channels" -> channels;
            case "activity_forms" -> activityForms;
            case "origins" -> origins;
            default -> throw new IllegalArgumentException("unknown vocabulary " + name);
        };
    }

    /** The placeholder emblem packaged with the default theme: a red circle with a yellow star. */
    public static final String DEFAULT_LOGO = "anh/bieu-trung-mac-dinh.svg";

    /** Base URL joined with a site-relative path. */
    public String absolute(String path) {
        return baseUrl + path;
    }
}
