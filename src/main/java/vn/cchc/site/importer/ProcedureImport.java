package vn.cchc.site.importer;

import vn.cchc.site.core.Problem;
import vn.cchc.site.core.SiteConfig;
import vn.cchc.site.content.ContentType;
import vn.cchc.site.content.Slugs;
import vn.cchc.site.scaffold.Scaffolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code import thu-tuc}: procedure lists (XLSX, CSV, portal JSON) → one {@code thu-tuc} file per
 * procedure of the chosen level. A procedure already in the site (same code) has the fields the
 * importer owns and its import block brought up to date, and keeps everything else; a procedure
 * the importer made earlier that the list no longer has is marked {@code change: bai-bo} (only when
 * every list file was read without error: a list read in part says nothing about what left it). Every
 * file is checked as a build would read it before it is written; one that would fail is reported
 * and not written.
 */
public final class ProcedureImport {
    private static final Set<String> EXTENSIONS = Set.of("xlsx", "xls", "csv", "json");
    private final Path siteRoot;
    private final SiteConfig config;
    private final LocalDateTime now;

    /** @param now the time written as {@code date} of new files, Vietnam time */
    public ProcedureImport(Path siteRoot, SiteConfig config, LocalDateTime now) {
        this.siteRoot = siteRoot;
        this.config = config;
        this.now = now;
    }

    /** @param cap {@code xa}, {@code tinh} or {@code all} */
    public ImportResult run(List<Path> paths, String cap, boolean dryRun) throws IOException {
        List<Problem> problems = new ArrayList<>();
        List<ProcedureRecord> records = new ArrayList<>();
        for (Path file : Inputs.expand(paths, EXTENSIONS, problems)) {
            read(file, records, problems);
        }
        int read = records.size();
        boolean complete = problems.stream().noneMatch(Problem::isError);
        records = atLevel(records, cap, problems);
        if (records.isEmpty()) {
            return new ImportResult(List.of("Không có thủ tục nào dùng được (đọc được " + read + " thủ tục; "
                    + levelName(cap) + ")."), problems, false);
        }
        ExistingContent existing = ExistingContent.read(siteRoot);
        Map<String, ExistingContent.Entry> byCode = new LinkedHashMap<>();
        for (ExistingContent.Entry e : existing.ofType(ContentType.THU_TUC)) {
            byCode.putIfAbsent(base(e.scalar("code")), e);
        }
        ContentCheck check = new ContentCheck(config);
        List<PlannedWrite> writes = new ArrayList<>();
        Set<Path> taken = new HashSet<>();
        int unchanged = 0;
        for (ProcedureRecord r : records) {
            Map<String, String> owned = ProcedureFields.of(r, problems);
            ExistingContent.Entry e = byCode.get(base(r.code()));
            if (e == null) {
                planNew(r, owned, check, taken, writes, problems);
            } else if (!planUpdate(e, r, owned, check, writes, problems)) {
                unchanged++;
            }
        }
        Set<String> listed = new HashSet<>(records.stream().map(r -> base(r.code())).toList());
        if (complete) {
            withdrawn(existing, listed, cap, check, writes, problems);
        } else {
            problems.add(Problem.warning(paths.get(0).toString(), 0, "Có tệp danh mục không đọc được nên chưa đánh dấu "
                    + "bãi bỏ thủ tục nào (danh mục có thể chưa đủ). Sửa lỗi rồi chạy lại để cập nhật tình trạng bãi bỏ."));
        }
        List<String> lines = new ArrayList<>(PlannedWrite.apply(writes, dryRun));
        lines.add((dryRun ? "Chạy thử, chưa ghi tệp nào. " : "") + "Đọc " + read + " thủ tục, " + records.size()
                + " thủ tục " + levelName(cap) + "; " + writes.size() + " tệp " + (dryRun ? "sẽ thay đổi" : "đã ghi")
                + ", " + unchanged + " tệp không đổi.");
        return new ImportResult(lines, problems, true);
    }

    /** Procedures the importer made that the list no longer has are marked {@code change: bai-bo}. */
    private void withdrawn(ExistingContent existing, Set<String> listed, String cap, ContentCheck check,
                           List<PlannedWrite> writes, List<Problem> problems) {
        for (ExistingContent.Entry e : existing.ofType(ContentType.THU_TUC)) {
            if (listed.contains(base(e.scalar("code"))) || !ImportBlock.present(e.text())
                    || !ProcedureFields.atLevel(e.scalar("level"), cap) || e.scalar("change").equals("bai-bo")) {
                continue;
            }
            String text = FrontMatterText.setFields(e.text(), Map.of("change", "bai-bo"));
            String where = display(e.file());
            ContentCheck.Result result = check.check(where, e.file(), text);
            if (result.ok()) {
                writes.add(new PlannedWrite(e.file(), text, "Đánh dấu bãi bỏ (không còn trong danh mục): " + where,
                        "Sẽ đánh dấu bãi bỏ (không còn trong danh mục): " + where));
            } else {
                result.problems().stream().filter(Problem::isError).forEach(p -> problems.add(Problem.error(p.file(),
                        p.line(), "Không đánh dấu bãi bỏ được (thủ tục không còn trong danh mục) vì tệp đang có lỗi: "
                                + p.message())));
            }
        }
    }

    private void read(Path file, List<ProcedureRecord> out, List<Problem> problems) throws IOException {
        String source = file.toString();
        try {
            switch (Inputs.extension(file)) {
                case "json" -> PortalJson.read(source, Files.readAllBytes(file), out, problems);
                case "csv" -> ProcedureTable.read(source, TableRows.csv(file), out, problems);
                case "xlsx", "xls" -> ProcedureTable.read(source, TableRows.xlsx(file), out, problems);
                default -> problems.add(Problem.error(source, 0, "Chỉ nhập được tệp .xlsx, .xls, .csv hoặc .json."));
            }
        } catch (vn.cchc.site.core.SourceText.NotUtf8Exception e) {
            problems.add(Problem.error(source, e.line(), "Tệp CSV không phải UTF-8. Trong Excel chọn Lưu thành "
                    + "\"CSV UTF-8\" rồi nhập lại."));
        } catch (IOException | RuntimeException e) {
            problems.add(Problem.error(source, 0, "Không đọc được tệp (" + e.getMessage() + "). Mở tệp bằng Excel, "
                    + "lưu lại dạng .xlsx rồi nhập lại."));
        }
    }

    /** The records of the level, each code once (the first wins; later ones are reported). */
    private static List<ProcedureRecord> atLevel(List<ProcedureRecord> records, String cap, List<Problem> problems) {
        Map<String, ProcedureRecord> out = new LinkedHashMap<>();
        for (ProcedureRecord r : records) {
            if (r.level().isEmpty() && !cap.equals("all")) {
                problems.add(Problem.warning(r.source(), r.line(), "Thủ tục " + r.code() + " không ghi cấp thực hiện; "
                        + "bỏ qua (dùng --cap all để nhập cả thủ tục này)."));
            } else if (ProcedureFields.atLevel(r.level(), cap)) {
                ProcedureRecord first = out.putIfAbsent(base(r.code()), r);
                if (first != null) {
                    problems.add(Problem.warning(r.source(), r.line(), "Thủ tục " + r.code() + " đã có ở "
                            + first.where() + "; bỏ qua lần lặp lại này."));
                }
            }
        }
        return List.copyOf(out.values());
    }

    private void planNew(ProcedureRecord r, Map<String, String> owned, ContentCheck check, Set<Path> taken,
                         List<PlannedWrite> writes, List<Problem> problems) {
        List<String> missing = ProcedureFields.missing(owned);
        if (!missing.isEmpty()) {
            problems.add(Problem.warning(r.source(), r.line(), "Thủ tục " + r.code() + " thiếu " + String.join(", ",
                    missing) + " (bắt buộc với trang thủ tục); chưa tạo tệp. Bổ sung vào danh mục rồi nhập lại."));
            return;
        }
        if (Slugs.slugify(owned.get("title")).isEmpty()) {
            problems.add(Problem.warning(r.source(), r.line(), "Tên thủ tục " + r.code() + " không có chữ hay số nào để "
                    + "đặt tên tệp; chưa tạo tệp."));
            return;
        }
        Path file = Scaffolder.location(siteRoot, ContentType.THU_TUC, owned.get("title"), now);
        if (Files.exists(file) || taken.contains(file)) {
            file = Scaffolder.location(siteRoot, ContentType.THU_TUC, owned.get("title") + " " + r.code(), now);
        }
        String pillar = config.pillars().contains("thu-tuc-hanh-chinh") ? "thu-tuc-hanh-chinh" : null;
        String date = now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        String text = ProcedureDocument.create(r, owned, date, pillar, problems);
        if (checked(r, file, text, check, problems)) {
            taken.add(file);
            String where = display(file) + " (" + r.code() + " " + owned.get("title") + ")";
            writes.add(new PlannedWrite(file, text, "Tạo mới: " + where, "Sẽ tạo: " + where));
        }
    }

    /** @return whether the file changes */
    private boolean planUpdate(ExistingContent.Entry e, ProcedureRecord r, Map<String, String> owned,
                               ContentCheck check, List<PlannedWrite> writes, List<Problem> problems) {
        Map<String, String> changed = new LinkedHashMap<>();
        owned.forEach((k, v) -> {
            if (!e.scalar(k).equals(v)) {
                changed.put(k, v);
            }
        });
        String text = ProcedureDocument.update(e.text(), r, changed);
        if (text.equals(e.text())) {
            return false;
        }
        List<String> what = changed.isEmpty() ? List.of("nội dung nhập") : List.copyOf(changed.keySet());
        if (checked(r, e.file(), text, check, problems)) {
            String where = display(e.file()) + " (" + String.join(", ", what) + ")";
            writes.add(new PlannedWrite(e.file(), text, "Cập nhật: " + where, "Sẽ cập nhật: " + where));
        }
        return true;
    }

    /** Checks the text as a build would; its problems are reported at the record's line. */
    private boolean checked(ProcedureRecord r, Path file, String text, ContentCheck check, List<Problem> problems) {
        ContentCheck.Result result = check.check(display(file), file, text);
        for (Problem p : result.problems()) {
            String message = "Thủ tục " + r.code() + " (" + display(file) + "): " + p.message();
            problems.add(p.isError() ? Problem.error(r.source(), r.line(), message + " Tệp không được ghi.")
                    : Problem.warning(r.source(), r.line(), message));
        }
        return result.ok();
    }

    private String display(Path file) {
        return siteRoot.relativize(file).toString().replace('\\', '/');
    }

    private static String levelName(String cap) {
        return switch (cap) {
            case "tinh" -> "cấp tỉnh";
            case "all" -> "mọi cấp";
            default -> "cấp xã";
        };
    }

    /** {@code 1.001193} of {@code 1.001193.000.00.00.H31}: lists write either form. */
    static String base(String code) {
        return code.length() > 8 ? code.substring(0, 8) : code;
    }
}
