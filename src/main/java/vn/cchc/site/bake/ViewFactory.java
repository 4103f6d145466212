package vn.cchc.site.bake;

import vn.cchc.site.core.SiteConfig;
import vn.cchc.site.content.Details;
import vn.cchc.site.content.Item;
import vn.cchc.site.content.Slugs;
import vn.cchc.site.content.VnDates;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** Builds the {@link ItemView} of each item, once per build. */
public final class ViewFactory {
    static final Map<String, String> ONLINE_LABELS = Map.of(
            "toan-trinh", "Dịch vụ công trực tuyến toàn trình",
            "mot-phan", "Dịch vụ công trực tuyến một phần",
            "khong", "Chưa thực hiện trực tuyến");
    static final Map<String, String> CHANGE_LABELS = Map.of(
            "moi", "Mới ban hành",
            "sua-doi", "Sửa đổi, bổ sung",
            "bai-bo", "Bãi bỏ");
    private static final int SUMMARY_CHARS = 220;

    private final SiteConfig config;
    private final SiteIndex index;
    private final LocalDateTime now;

    public ViewFactory(SiteConfig config, SiteIndex index, LocalDateTime now) {
        this.config = config;
        this.index = index;
        this.now = now;
    }

    /**
     * The other items an item's view shows: the ISO processes of a procedure, the procedure of a
     * process (null for other items). A view made earlier can be reused while these stay the same.
     */
    public Object links(Item item) {
        if (item.details() instanceof Details.ThuTuc t) {
            return index.processesOf(t.code());
        }
        if (item.details() instanceof Details.QuyTrinh q && q.procedure() != null) {
            return index.procedure(q.procedure());
        }
        return null;
    }

    public ItemView view(Item item, RenderedBody body) {
        LocalDateTime d = item.date();
        String dateIso = d == null ? "" : d.atZone(VnDates.ZONE).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        List<Link> pillars = item.pillars().stream()
                .map(p -> new Link(config.pillars().label(p), "chuyen-de/" + p + "/")).toList();
        List<Link> tags = item.tags().stream()
                .map(t -> new Link(t, "the/" + Slugs.slugify(t) + "/")).toList();
        List<String> channels = item.channels().stream().map(config.channels()::label).toList();
        return new ItemView(item.title(), item.path(), config.absolute(item.path()), item.type().key(),
                item.type().label(), dateIso, d == null ? "" : VnDates.shortDate(d.toLocalDate()),
                d == null ? "" : VnDates.longDate(d.toLocalDate()),
                d == null ? "" : d.atZone(VnDates.ZONE).format(DateTimeFormatter.RFC_1123_DATE_TIME), summary(item, body.text()), item.author(),
                pillars, tags, channels, body.html(), item.isDraft(), item.scheduledAfter(now),
                item.image().isEmpty() ? null : item.image(), item.imageAlt(), item.file(), item.portalUrl(),
                vanBan(item), thuTuc(item), quyTrinh(item));
    }

    /** The summary field, or the start of the body's {@code text}: what lists, feeds and the paste pack show. */
    public static String summary(Item item, String text) {
        if (!item.summary().isBlank()) {
            return item.summary().strip();
        }
        String t = text.strip();
        if (t.length() <= SUMMARY_CHARS) {
            return t;
        }
        int cut = t.lastIndexOf(' ', SUMMARY_CHARS);
        return t.substring(0, cut > 0 ? cut : SUMMARY_CHARS) + "…";
    }

    private ItemView.VanBanView vanBan(Item item) {
        if (!(item.details() instanceof Details.VanBan v)) {
            return null;
        }
        String attachment = null;
        String name = null;
        if (v.attachment() != null) {
            String rel = v.attachment().startsWith("/") ? v.attachment().substring(1) : v.attachment();
            attachment = rel.startsWith("assets/") ? rel.substring("assets/".length()) : rel;
            name = attachment.substring(attachment.lastIndexOf('/') + 1);
        }
        return new ItemView.VanBanView(v.number(), shortDate(v.issued()), v.issued() == null ? "" : v.issued().toString(),
                v.issuer(), shortDate(v.effective()), attachment, name);
    }

    private ItemView.ThuTucView thuTuc(Item item) {
        if (!(item.details() instanceof Details.ThuTuc t)) {
            return null;
        }
        List<Link> processes = index.processesOf(t.code()).stream()
                .map(p -> new Link(((Details.QuyTrinh) p.details()).code() + " – " + p.title(), p.path())).toList();
        return new ItemView.ThuTucView(t.code(), t.field(), t.level(), t.processingTime(), t.fee(), t.online(),
                ONLINE_LABELS.getOrDefault(t.online(), t.online()), t.change() == null ? "" : t.change(),
                t.change() == null ? "" : CHANGE_LABELS.getOrDefault(t.change(), t.change()), t.decision(), t.dvcUrl(),
                processes);
    }

    private ItemView.QuyTrinhView quyTrinh(Item item) {
        if (!(item.details() instanceof Details.QuyTrinh q)) {
            return null;
        }
        Item procedure = q.procedure() == null ? null : index.procedure(q.procedure());
        String revisionLabel = q.revision() == 1 ? "Ban hành lần đầu" : "Ban hành lần " + q.revision();
        return new ItemView.QuyTrinhView(q.code(), q.revision(), revisionLabel, shortDate(q.effective()), q.procedure(),
                procedure == null ? null : new Link(procedure.title(), procedure.path()));
    }

    private static String shortDate(LocalDate d) {
        return d == null ? "" : VnDates.shortDate(d);
    }
}
