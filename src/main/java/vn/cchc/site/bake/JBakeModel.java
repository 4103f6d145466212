package vn.cchc.site.bake;

import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.jbake.template.model.TemplateModel;
import vn.cchc.site.core.SiteConfig;
import vn.cchc.site.content.ContentType;
import vn.cchc.site.content.Item;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The adapter to JBake's data model: every page's model also holds the variables a JBake theme expects,
 * built with JBake's own types, so a template written for JBake finds them where JBake puts them:
 * {@code config} (JBake's keys, dots as underscores, from {@code site.yml}: see {@link JBakeSettings}),
 * {@code content} (the page as a JBake document: the item on an item page), {@code published_posts}
 * (news and articles), {@code published_pages}, {@code published_content} (every item), {@code tags}
 * (name, uri, {@code tagged_posts}, {@code tagged_documents}), {@code alltags} and {@code published_date}.
 * Lists hold only items readers may see at the build's time, never drafts or scheduled items, even in
 * the preview; newest first. The shared part is built once per bake; a page adds its {@code content}.
 * JBake's store, template engines and file-based configuration are not used (docs/architecture.md).
 */
final class JBakeModel {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** JBake's status of a published document. */
    private static final String PUBLISHED = "published";

    private final TemplateModel shared = new TemplateModel();
    private final Map<String, DocumentModel> byPath = new HashMap<>();
    private final Date now;

    /**
     * @param items  items in display order, newest first (those not visible at {@code now} are left out)
     * @param tags   the tags, in display order
     * @param bodies each item's rendered body
     */
    JBakeModel(SiteConfig config, List<Item> items, Collection<SiteIndex.Tag> tags, Map<Item, RenderedBody> bodies,
               LocalDateTime now) {
        this.now = date(now);
        DocumentList<DocumentModel> posts = new DocumentList<>();
        DocumentList<DocumentModel> pages = new DocumentList<>();
        DocumentList<DocumentModel> all = new DocumentList<>();
        for (Item item : items) {
            if (item.visibleAt(now)) {
                RenderedBody body = bodies.get(item);
                DocumentModel doc = document(item, body == null ? "" : body.html());
                byPath.put(item.path(), doc);
                all.add(doc);
                if (isPost(item)) {
                    posts.add(doc);
                } else if (isPage(item)) {
                    pages.add(doc);
                }
            }
        }
        shared.setConfig(JBakeSettings.of(config).asHashMap());
        shared.put("published_posts", posts);
        shared.put("published_pages", pages);
        shared.put("published_content", all);
        shared.put(ModelAttributes.PUBLISHED_DATE, this.now);
        List<Map<String, Object>> tagList = tagList(tags);
        shared.put("tags", tagList);
        // the tags of visible items only: in the preview the index also holds drafts' tags
        shared.put(ModelAttributes.ALLTAGS, tagList.stream().map(t -> t.get(ModelAttributes.NAME)).toList());
    }

    /**
     * The JBake variables of one page: the shared ones and {@code content}, the item published at
     * {@code path} or, on any other page, a document of type {@code kind} titled {@code title}.
     */
    TemplateModel forPage(String path, String title, String kind) {
        TemplateModel model = new TemplateModel(shared);
        DocumentModel content = byPath.get(path);
        if (content == null) {
            content = new DocumentModel();
            content.setTitle(title);
            content.setType(kind);
            content.setStatus(PUBLISHED);
            content.setUri(path);
            content.setDate(now);
            content.setTags(new String[0]);
            content.setBody("");
        }
        model.setContent(content);
        return model;
    }

    private List<Map<String, Object>> tagList(Collection<SiteIndex.Tag> tags) {
        List<Map<String, Object>> out = new ArrayList<>(tags.size());
        for (SiteIndex.Tag t : tags) {
            DocumentList<DocumentModel> taggedPosts = new DocumentList<>();
            DocumentList<DocumentModel> taggedDocuments = new DocumentList<>();
            for (Item item : t.items()) {
                DocumentModel doc = byPath.get(item.path());
                if (doc != null) {
                    taggedDocuments.add(doc);
                    if (isPost(item)) {
                        taggedPosts.add(doc);
                    }
                }
            }
            if (!taggedDocuments.isEmpty()) {
                TemplateModel tag = new TemplateModel();
                tag.setName(t.label());
                tag.setUri("the/" + t.slug() + "/");
                tag.setTaggedPosts(taggedPosts);
                tag.setTaggedDocuments(taggedDocuments);
                out.add(tag);
            }
        }
        return out;
    }

    private DocumentModel document(Item item, String body) {
        DocumentModel doc = new DocumentModel();
        doc.setTitle(item.title());
        doc.setDate(item.date() == null ? null : date(item.date()));
        doc.setType(isPost(item) ? "post" : isPage(item) ? "page" : item.type().key());
        doc.setStatus(PUBLISHED);
        doc.setTags(item.tags().toArray(new String[0]));
        doc.setBody(body);
        doc.setUri(item.path());
        doc.put("summary", item.summary());
        return doc;
    }

    private static boolean isPost(Item item) {
        return item.type() == ContentType.TIN || item.type() == ContentType.BAI;
    }

    private static boolean isPage(Item item) {
        return item.type() == ContentType.TRANG;
    }

    private static Date date(LocalDateTime time) {
        return Date.from(time.atZone(VIETNAM).toInstant());
    }
}
