package vn.cchc.site.bake;

import java.util.List;

/**
 * An item as templates see it: every value already computed and formatted once per build.
 * Type-specific parts ({@link #vanBan}, {@link #thuTuc}, {@link #quyTrinh}) are null for other types.
 *
 * @param title       title
 * @param path        site-relative URL path ({@code tin-tuc/abc/})
 * @param url         absolute URL (base URL + path)
 * @param type        type key ({@code tin})
 * @param typeLabel   Vietnamese type name
 * @param dateIso     {@code 2026-02-05T08:30:00+07:00}, or empty
 * @param dateShort   {@code 05/02/2026}, or empty
 * @param dateLong    {@code ngày 05 tháng 02 năm 2026}, or empty
 * @param dateRss     RFC 1123 date for feeds, or empty
 * @param summary     the summary field, or the start of the text
 * @param author      author, or empty
 * @param pillars     pillar links
 * @param tags        tag links
 * @param channels    channel labels
 * @param html        body HTML, links relative to the item's page
 * @param draft       a draft (only ever shown by {@code serve})
 * @param scheduled   dated after now (only ever shown by {@code serve})
 * @param image       site-relative image path for sharing, or null
 * @param imageAlt    description of {@link #image} (the {@code image_alt} field), or empty
 * @param source      content file, relative to the site root
 * @param portalUrl   address of the official copy on the ward's portal (the page's canonical URL), or empty
 * @param vanBan      directive-document fields
 * @param thuTuc      procedure fields
 * @param quyTrinh    ISO process fields
 */
public record ItemView(String title, String path, String url, String type, String typeLabel, String dateIso,
                       String dateShort, String dateLong, String dateRss, String summary, String author, List<Link> pillars,
                       List<Link> tags, List<String> channels, String html, boolean draft, boolean scheduled,
                       String image, String imageAlt, String source, String portalUrl, VanBanView vanBan, ThuTucView thuTuc, QuyTrinhView quyTrinh) {

    /** The same view with an empty body, as lists show it. */
    public ItemView withoutBody() {
        return new ItemView(title, path, url, type, typeLabel, dateIso, dateShort, dateLong, dateRss, summary, author,
                pillars, tags, channels, "", draft, scheduled, image, imageAlt, source, portalUrl, vanBan, thuTuc,
                quyTrinh);
    }

    /** Fields of a directive document; dates formatted {@code 05/02/2026}. */
    public record VanBanView(String number, String issued, String issuedIso, String issuer, String effective,
                             String attachment, String attachmentName) {
    }

    /** Fields of a procedure, with Vietnamese labels of its codes and the ISO process implementing it. */
    public record ThuTucView(String code, String field, String level, String processingTime, String fee, String online,
                             String onlineLabel, String change, String changeLabel, String decision, String dvcUrl,
                             List<Link> processes) {
    }

    /** Fields of an ISO process, with the procedure it implements. */
    public record QuyTrinhView(String code, int revision, String revisionLabel, String effective, String procedureCode,
                               Link procedure) {
    }
}
