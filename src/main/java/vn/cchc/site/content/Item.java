package vn.cchc.site.content;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One validated content file. Immutable; built once per build by {@link ItemParser}.
 *
 * @param file     path relative to the site root, as shown in messages ({@code content/tin-tuc/a.md})
 * @param type     the {@code type} field
 * @param title    the title, NFC
 * @param date     publication date in Vietnam time; null only for undated {@code trang}
 * @param status   published or draft
 * @param pillars  pillar keys, in the order written
 * @param tags     free tags, as written
 * @param author   author, or empty
 * @param channels channel keys (default {@code [cong-ttdt]})
 * @param summary  the {@code summary} field, or empty
 * @param slug     URL slug (the {@code slug} field, or the file name)
 * @param path     URL path relative to the site root, folder style ({@code tin-tuc/abc/})
 * @param details  type-specific fields
 * @param body     Markdown body
 * @param bodyLine line of the file where the body starts
 * @param image    sharing image, a path under {@code assets/} ({@code anh/hoi-thi.jpg}), or empty
 * @param imageAlt description of the image, or empty
 * @param portalUrl address of the copy pasted on the ward's official portal, or empty when not there yet
 */
public record Item(String file, ContentType type, String title, LocalDateTime date, Status status,
                   List<String> pillars, List<String> tags, String author, List<String> channels, String summary,
                   String slug, String path, Details details, String body, int bodyLine, String image,
                   String imageAlt, String portalUrl) {

    public Item {
        pillars = List.copyOf(pillars);
        tags = List.copyOf(tags);
        channels = List.copyOf(channels);
    }

    /**
     * Whether readers may see the item at {@code now} (Vietnam time): published and not dated
     * after now. This single rule decides pages, lists, feeds, sitemap, search and counts.
     */
    public boolean visibleAt(LocalDateTime now) {
        return status == Status.PUBLISHED && (date == null || !date.isAfter(now));
    }

    /** Whether the item has been pasted on the ward's official portal ({@code portal_url} is set). */
    public boolean onPortal() {
        return portalUrl != null && !portalUrl.isEmpty();
    }

    public boolean isDraft() {
        return status == Status.DRAFT;
    }

    /** Whether the item is published but dated after {@code now} (scheduled). */
    public boolean scheduledAfter(LocalDateTime now) {
        return status == Status.PUBLISHED && date != null && date.isAfter(now);
    }
}
