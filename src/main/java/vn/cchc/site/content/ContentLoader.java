package vn.cchc.site.content;

import vn.cchc.site.core.IoErrors;
import vn.cchc.site.core.Problem;
import vn.cchc.site.core.SiteConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.cchc.site.core.SourceText;

/**
 * Reads every Markdown file under {@code content/} (listed by {@link ContentFiles}) in parallel,
 * parses and validates it, then runs the checks of the whole collection ({@link CollectionChecks})
 * and of the files items name under {@code assets/} ({@link AssetReferences}).
 */
public final class ContentLoader {
    /** Largest content file read; beyond it the file is refused rather than slowing every build. */
    static final long MAX_FILE_BYTES = 2L * 1024 * 1024;

    private final Path siteRoot;
    private final SiteConfig config;
    private final FrontMatterParser frontMatterParser = new FrontMatterParser();
    private final ItemParser itemParser;
    private final ReadCache cache;
    private final SiteTreeWalker walker;
    private final ContentFiles files;

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
        this.walker = new SiteTreeWalker(siteRoot);
        this.files = new ContentFiles(siteRoot, walker);
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
        List<Path> changed = last == null || changes.everything() ? null : files.changes(contentDir, changes);
        ReadCache.Listing listing;
        if (changed == null) {
            List<Problem> listed = new ArrayList<>();
            listing = new ReadCache.Listing(files.list(contentDir, listed), List.copyOf(listed));
            if (cache != null) {
                cache.retainOnly(listing.files());
            }
        } else {
            listing = new ReadCache.Listing(ContentFiles.update(last.files(), changed, cache::forget), last.problems());
        }
        if (cache != null) {
            cache.listing(listing);
        }
        problems.addAll(listing.problems());
        Set<Path> look = changed == null ? null : new HashSet<>(changed);
        List<UnparsedBody> unparsed = Collections.synchronizedList(new ArrayList<>());
        List<Item> items = listing.files().parallelStream()
                .map(f -> read(f, look == null || look.contains(f), problems, unparsed))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(Item::file))
                .collect(Collectors.toList());
        CollectionChecks.uniqueUrls(items, problems);
        AssetReferences assets = new AssetReferences(siteRoot, config);
        assets.attachments(items, problems);
        assets.images(items, problems);
        CollectionChecks.procedureLinks(items, problems);
        unparsed.sort(Comparator.comparing(UnparsedBody::file));
        return new LoadedContent(items, problems, listing.files().size(), unparsed);
    }

    /** Path of {@code file} as editors see it: relative to the site root, with '/' separators. */
    public String display(Path file) {
        return walker.display(file);
    }

    /**
     * @param look     whether to look at the file's time and size; when false the file is known
     *                 unchanged and what the cache remembers is used as it is
     * @param unparsed where a file that gives no item is added
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

    /** The slug a file gets from its name when it has no {@code slug} field. */
    public static String fileSlug(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return Slugs.slugify(dot > 0 ? name.substring(0, dot) : name);
    }
}
