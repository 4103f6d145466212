package vn.cchc.site.content;

import vn.cchc.site.core.Problem;
import vn.cchc.site.core.SiteConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.cchc.site.core.SourceText;

/**
 * Checks the files items name under {@code assets/}: a document's attachment (present, inside
 * {@code assets/}, not a link, not too large) and the sharing image (present, a picture sharing
 * can show, described for screen readers).
 */
final class AssetReferences {
    private final Path siteRoot;
    private final SiteConfig config;
    private final FrontMatterParser frontMatterParser = new FrontMatterParser();

    AssetReferences(Path siteRoot, SiteConfig config) {
        this.siteRoot = siteRoot;
        this.config = config;
    }

    void attachments(List<Item> items, List<Problem> problems) {
        Path assets = siteRoot.resolve("assets").toAbsolutePath().normalize();
        for (Item item : items) {
            if (!(item.details() instanceof Details.VanBan vb) || vb.attachment() == null) {
                continue;
            }
            int line = vb.attachmentLine() > 0 ? vb.attachmentLine() : item.bodyLine() - 1;
            String rel = vb.attachment().startsWith("/") ? vb.attachment().substring(1) : vb.attachment();
            if (rel.startsWith("assets/")) {
                rel = rel.substring("assets/".length());
            }
            Path target = assets.resolve(rel).normalize();
            if (!target.startsWith(assets) || target.equals(assets)) {
                problems.add(Problem.error(item.file(), line, "Tệp đính kèm \"" + vb.attachment()
                        + "\" nằm ngoài thư mục assets/. Chép tệp vào assets/ và ghi đường dẫn như 'tep/30-kh-ubnd.pdf'."));
            } else if (linked(assets, target)) {
                problems.add(Problem.error(item.file(), line, "Tệp đính kèm assets/" + rel + " là một liên kết "
                        + "(symlink), không phải tệp thật, nên không được đăng. Chép chính tệp đó vào assets/."));
            } else if (!Files.isRegularFile(target)) {
                problems.add(Problem.error(item.file(), line, "Không tìm thấy tệp đính kèm assets/" + rel
                        + ". Kiểm tra tên tệp (phân biệt chữ hoa, chữ thường) hoặc chép tệp vào assets/."));
            } else {
                try {
                    long size = Files.size(target);
                    if (size > config.attachmentMaxBytes()) {
                        problems.add(Problem.error(item.file(), line, "Tệp đính kèm assets/" + rel + " nặng "
                                + megabytes(size) + " MB, vượt giới hạn " + megabytes(config.attachmentMaxBytes())
                                + " MB (attachment_max_mb trong site.yml). Nén hoặc chia nhỏ tệp."));
                    }
                } catch (IOException e) {
                    problems.add(Problem.error(item.file(), line, "Không đọc được tệp đính kèm assets/" + rel + "."));
                }
            }
        }
    }

    /** Image types that Facebook and Zalo show when a page is shared. */
    private static final java.util.regex.Pattern SHARING_IMAGE =
            java.util.regex.Pattern.compile("(?i).+\\.(png|jpe?g|webp|gif)");

    /** The {@code image} field must name a picture under {@code assets/} that sharing can show. */
    void images(List<Item> items, List<Problem> problems) {
        Path assets = siteRoot.resolve("assets").toAbsolutePath().normalize();
        for (Item item : items) {
            if (item.image().isEmpty()) {
                continue;
            }
            Path target = assets.resolve(item.image()).normalize();
            String message = null;
            if (!target.startsWith(assets) || target.equals(assets)) {
                message = "Ảnh chia sẻ \"" + item.image() + "\" nằm ngoài thư mục assets/. Chép ảnh vào assets/anh/ "
                        + "và ghi đường dẫn như 'anh/hoi-thi-2025.jpg'.";
            } else if (!Files.isRegularFile(target) || linked(assets, target)) {
                message = "Không tìm thấy ảnh chia sẻ assets/" + item.image() + ". Kiểm tra tên tệp (phân biệt chữ "
                        + "hoa, chữ thường) hoặc chép ảnh vào assets/anh/.";
            } else if (!SHARING_IMAGE.matcher(item.image()).matches()) {
                message = "Ảnh chia sẻ assets/" + item.image() + " phải là tệp .jpg, .png, .webp hoặc .gif "
                        + "(Facebook và Zalo không hiển thị ảnh .svg hay tệp khác).";
            }
            if (message != null) {
                problems.add(Problem.error(item.file(), fieldLine(item, "image"), message));
            } else if (item.imageAlt().isBlank()) {
                problems.add(Problem.warning(item.file(), fieldLine(item, "image"), "Ảnh chia sẻ chưa có mô tả: thêm "
                        + "trường image_alt (ví dụ 'image_alt: Cán bộ hướng dẫn người dân cài VNeID') cho người "
                        + "khiếm thị dùng trình đọc màn hình."));
            }
        }
    }

    /** Line of a front-matter field of an item's file, read again (only when reporting a problem). */
    private int fieldLine(Item item, String key) {
        try {
            String text = SourceText.decode(Files.readAllBytes(siteRoot.resolve(item.file())));
            RawField f = frontMatterParser.parse(item.file(), text, new ArrayList<>())
                    .map(fm -> fm.field(key)).orElse(null);
            return f == null ? 1 : f.line();
        } catch (IOException | SourceText.NotUtf8Exception e) {
            return 1;
        }
    }

    /** Whether a folder or the file on the way from {@code assets} to {@code target} is a symbolic link. */
    private static boolean linked(Path assets, Path target) {
        Path p = assets;
        for (Path part : assets.relativize(target)) {
            p = p.resolve(part);
            if (Files.isSymbolicLink(p)) {
                return true;
            }
        }
        return false;
    }

    /** Megabytes with one decimal, written the Vietnamese way ({@code 2,5}); whole numbers without. */
    static String megabytes(long bytes) {
        double mb = bytes / 1024.0 / 1024.0;
        return mb == Math.rint(mb) ? String.valueOf((long) mb)
                : String.format(java.util.Locale.forLanguageTag("vi"), "%.1f", mb);
    }
}
