package vn.cchc.site.content;

import vn.cchc.site.check.IoErrors;
import vn.cchc.site.check.Problem;
import vn.cchc.site.config.SiteConfig;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads every Markdown file under {@code content/} in parallel, parses and validates it, and checks
 * what only the whole collection shows: two files with the same URL, attachments that are missing,
 * too large or outside {@code assets/}, ISO processes naming an unknown procedure.
 */
public final class ContentLoader {
    /** Largest content file read; beyond it the file is refused rather than slowing every build. */
    static final long MAX_FILE_BYTES = 2L * 1024 * 1024;

    private final Path siteRoot;
    private final SiteConfig config;
    private final FrontMatterParser frontMatterParser = new FrontMatterParser();
    private final ItemParser itemParser;
    private final ReadCache cache;

    public ContentLoader(Path siteRoot, SiteConfig config) {
        this(siteRoot, config, null);
    }

    /**
     * @param cache results of earlier reads with the same configuration, or null to read everything
     */
    public ContentLoader(Path siteRoot, SiteConfig config, ReadCache cache) {
        this.siteRoot = siteRoot;
        this.config = config;
        this.itemParser = new ItemParser(config);
        this.cache = cache;
    }

    public LoadedContent load() {
        return load(FileChanges.EVERYTHING);
    }

    /**
     * Reads the content. With a {@link ReadCache} that remembers an earlier read, {@code changes}
     * that name only Markdown files make the loader skip listing the folder and looking at the
     * other files: only the named ones are read again (or dropped, when deleted).
     */
    public LoadedContent load(FileChanges changes) {
        Path contentDir = siteRoot.resolve("content");
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        if (!Files.isDirectory(contentDir)) {
            problems.add(Problem.error("content", 0, "Không tìm thấy thư mục content/ trong " + siteRoot.toAbsolutePath()
                    + ". Chạy lệnh trong thư mục của trang, hoặc chỉ rõ bằng --source."));
            return new LoadedContent(List.of(), problems, 0, List.of());
        }
        ReadCache.Listing last = cache == null ? null : cache.listing();
        List<Path> changed = last == null || changes.everything() ? null : markdownChanges(contentDir, changes);
        ReadCache.Listing listing;
        if (changed == null) {
            List<Problem> listed = new ArrayList<>();
            listing = new ReadCache.Listing(markdownFiles(contentDir, listed), List.copyOf(listed));
            if (cache != null) {
                cache.retainOnly(listing.files());
            }
        } else {
            listing = new ReadCache.Listing(update(last.files(), changed), last.problems());
        }
        if (cache != null) {
            cache.listing(listing);
        }
        problems.addAll(listing.problems());
        List<Path> files = listing.files();
        Set<Path> look = changed == null ? null : new HashSet<>(changed);
        List<UnparsedBody> unparsed = Collections.synchronizedList(new ArrayList<>());
        List<Item> items = files.parallelStream()
                .map(f -> read(f, look == null || look.contains(f), problems, unparsed))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(Item::file))
                .collect(Collectors.toList());
        checkUniqueUrls(items, problems);
        checkAttachments(items, problems);
        checkImages(items, problems);
        checkProcedureLinks(items, problems);
        unparsed.sort(Comparator.comparing(UnparsedBody::file));
        return new LoadedContent(items, problems, files.size(), unparsed);
    }

    /** Path of {@code file} as editors see it: relative to the site root, with '/' separators. */
    public String display(Path file) {
        Path rel = file.isAbsolute() && file.startsWith(siteRoot.toAbsolutePath())
                ? siteRoot.toAbsolutePath().relativize(file) : siteRoot.relativize(file);
        return rel.toString().replace('\\', '/');
    }

    private List<Path> markdownFiles(Path contentDir, List<Problem> problems) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(contentDir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            String name = dir.getFileName().toString();
                            return name.startsWith(".") && !dir.equals(contentDir)
                                    ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            String name = file.getFileName().toString();
                            if (name.startsWith(".")) {
                                return FileVisitResult.CONTINUE;
                            }
                            if (name.endsWith(".md") || name.endsWith(".markdown")) {
                                files.add(file);
                            } else {
                                problems.add(Problem.warning(display(file), 0, "Tệp không phải Markdown (.md) nên "
                                        + "bị bỏ qua. Ảnh và tệp đính kèm đặt trong thư mục assets/."));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (e instanceof FileSystemLoopException) {
                                problems.add(Problem.error(display(file), 0, "Liên kết thư mục (symlink) tạo thành vòng lặp; "
                                        + "xóa liên kết này khỏi content/."));
                            } else {
                                problems.add(Problem.error(display(file), 0, "Không đọc được tệp: " + IoErrors.reason(e) + "."));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.add(Problem.error("content", 0, "Không duyệt được thư mục content/: "
                    + IoErrors.reason(e) + "."));
        }
        files.sort(Comparator.naturalOrder());
        return files;
    }

    /**
     * The changed Markdown files, as paths like the listing's, or null when a change needs the folder
     * listed again (a folder, or a file that is not Markdown, was created, changed or deleted).
     */
    private List<Path> markdownChanges(Path contentDir, FileChanges changes) {
        Path base = contentDir.toAbsolutePath().normalize();
        List<Path> out = new ArrayList<>();
        for (Path file : changes.files()) {
            Path abs = file.toAbsolutePath().normalize();
            if (!abs.startsWith(base) || abs.equals(base)) {
                continue;
            }
            Path rel = base.relativize(abs);
            boolean hidden = false;
            for (Path part : rel) {
                hidden |= part.toString().startsWith(".");
            }
            if (hidden) {
                continue;
            }
            String name = abs.getFileName().toString();
            if (!(name.endsWith(".md") || name.endsWith(".markdown")) || Files.isDirectory(abs)
                    || Files.isSymbolicLink(abs)) {
                return null;
            }
            out.add(contentDir.resolve(rel.toString()));
        }
        return out;
    }

    /** The sorted listing with the changed files added (when they exist) or removed (when gone). */
    private List<Path> update(List<Path> files, List<Path> changed) {
        List<Path> out = new ArrayList<>(files);
        for (Path file : changed) {
            int at = Collections.binarySearch(out, file);
            if (Files.isRegularFile(file)) {
                if (at < 0) {
                    out.add(-at - 1, file);
                }
            } else {
                if (at >= 0) {
                    out.remove(at);
                }
                cache.forget(file);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * @param look whether to look at the file's time and size; when false the file is known unchanged
     *             and what the cache remembers is used as it is
     */
    private Optional<Item> read(Path file, boolean look, List<Problem> sink, List<UnparsedBody> unparsed) {
        if (cache == null) {
            return parse(file, sink, unparsed);
        }
        ReadCache.Entry known = look ? null : cache.last(file);
        try {
            if (known == null) {
                BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
                known = cache.get(file, attrs.lastModifiedTime(), attrs.size());
                if (known == null) {
                    List<Problem> problems = new ArrayList<>();
                    List<UnparsedBody> failed = new ArrayList<>(1);
                    Optional<Item> item = parse(file, problems, failed);
                    known = new ReadCache.Entry(attrs.lastModifiedTime(), attrs.size(), item,
                            failed.stream().findFirst(), List.copyOf(problems));
                    cache.put(file, known);
                }
            }
        } catch (IOException e) {
            return parse(file, sink, unparsed);
        }
        sink.addAll(known.problems());
        known.unparsed().ifPresent(unparsed::add);
        return known.item();
    }

    /** Reads one file; when it gives no item, adds what is known of it to {@code unparsed}. */
    private Optional<Item> parse(Path file, List<Problem> sink, List<UnparsedBody> unparsed) {
        String name = display(file);
        List<Problem> problems = new ArrayList<>();
        Optional<FrontMatter> split = Optional.empty();
        Optional<Item> item = Optional.empty();
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                sink.add(Problem.error(name, 0, "Tệp quá lớn (" + (size / 1024 / 1024) + " MB; tối đa "
                        + (MAX_FILE_BYTES / 1024 / 1024) + " MB). Chia bài thành nhiều bài hoặc đưa tài liệu vào "
                        + "assets/ làm tệp đính kèm."));
            } else {
                String text = SourceText.decode(Files.readAllBytes(file));
                split = frontMatterParser.parse(name, text, problems);
                item = split.flatMap(fm -> itemParser.parse(name, fileSlug(file), fm, problems));
                sink.addAll(problems);
            }
        } catch (SourceText.NotUtf8Exception e) {
            sink.add(Problem.error(name, e.line(), "Tệp không được lưu bằng mã UTF-8 (có thể là Windows-1258 hoặc "
                    + "Latin-1). Mở tệp và lưu lại với mã hóa UTF-8."));
        } catch (IOException e) {
            sink.add(Problem.error(name, 0, "Không đọc được tệp: " + IoErrors.reason(e) + "."));
        }
        if (item.isEmpty()) {
            unparsed.add(new UnparsedBody(name, fileSlug(file), split.map(FrontMatter::body).orElse(null),
                    split.map(FrontMatter::bodyLine).orElse(0)));
        }
        return item;
    }

    static String fileSlug(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return Slugs.slugify(dot > 0 ? name.substring(0, dot) : name);
    }

    /** Top-level folders the site itself uses: a plain page may not take their names. */
    static final java.util.Set<String> RESERVED = java.util.Set.of("tin-tuc", "thong-bao", "van-ban", "thu-tuc",
            "quy-trinh-iso", "luu-tru", "chuyen-de", "the", "thong-ke", "tim-kiem", "admin", "css", "js", "anh", "tep",
            "trang");

    private void checkUniqueUrls(List<Item> items, List<Problem> problems) {
        Map<String, Item> byPath = new HashMap<>();
        for (Item item : items) {
            if (item.type().section() == Section.TRANG && RESERVED.contains(item.slug())) {
                problems.add(Problem.error(item.file(), 1, "Trang \"" + item.slug() + "\" trùng tên với một mục của "
                        + "trang web (/" + item.slug() + "/). Đổi tên tệp hoặc thêm trường slug khác."));
                continue;
            }
            Item first = byPath.putIfAbsent(item.path(), item);
            if (first != null) {
                problems.add(Problem.error(item.file(), 1, "Trùng đường dẫn /" + item.path() + " với tệp "
                        + first.file() + ". Đổi tên một trong hai tệp hoặc thêm trường slug khác nhau."));
            }
        }
    }

    private void checkAttachments(List<Item> items, List<Problem> problems) {
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
    private void checkImages(List<Item> items, List<Problem> problems) {
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

    private void checkProcedureLinks(List<Item> items, List<Problem> problems) {
        Map<String, Item> procedures = new HashMap<>();
        items.stream().filter(i -> i.details() instanceof Details.ThuTuc)
                .forEach(i -> procedures.put(((Details.ThuTuc) i.details()).code(), i));
        for (Item item : items) {
            if (item.details() instanceof Details.QuyTrinh qt && qt.procedure() != null
                    && !procedures.containsKey(qt.procedure())) {
                problems.add(Problem.warning(item.file(), item.bodyLine() - 1, "Quy trình gắn với mã TTHC "
                        + qt.procedure() + " nhưng không có thủ tục nào mang mã này; liên kết sẽ không được tạo."));
            }
        }
    }
}
