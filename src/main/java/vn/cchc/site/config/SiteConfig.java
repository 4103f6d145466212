package vn.cchc.site.config;

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
 */
public record SiteConfig(String title, String ward, String parent, String baseUrl, String address,
                         String hotline, String email, int pageSize, Vocabulary pillars, Vocabulary channels,
                         StatsWindowKind statsWindow, boolean statsPage, Map<Integer, Map<String, Integer>> targets,
                         List<String> embedHosts, long attachmentMaxBytes, Vocabulary activityForms,
                         boolean activitiesPage, PortalConfig portal) {

    /**
     * A vocabulary by the name a schema file gives it: {@code pillars}, {@code channels} or
     * {@code activity_forms}.
     */
    public Vocabulary vocabulary(String name) {
        return switch (name) {
            case "pillars" -> pillars;
            case "channels" -> channels;
            case "activity_forms" -> activityForms;
            default -> throw new IllegalArgumentException("unknown vocabulary " + name);
        };
    }

    /** Base URL joined with a site-relative path. */
    public String absolute(String path) {
        return baseUrl + path;
    }
}
