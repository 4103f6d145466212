package vn.cchc.site.content;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import vn.cchc.site.core.Problem;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Splits a content file into YAML front matter and Markdown body, keeping the line of every
 * field. Values are kept as written (no YAML type guessing: {@code 2025-11-03} stays a string
 * until {@link VnDates} reads it in Vietnam time).
 */
public final class FrontMatterParser {
    private static final String FENCE = "---";

    /**
     * Parses {@code text}; on failure adds problems to {@code problems} and returns empty.
     *
     * @param file name of the file for messages
     */
    public Optional<FrontMatter> parse(String file, String text, List<Problem> problems) {
        if (text.isBlank()) {
            problems.add(Problem.error(file, 1, "Tệp rỗng. Hãy viết phần đầu (front matter) giữa hai dòng '---' "
                    + "với ít nhất title, type, date, rồi nội dung bài."));
            return Optional.empty();
        }
        String[] lines = XmlChars.strip(file, text, 1, problems).split("\n", -1);
        if (!lines[0].strip().equals(FENCE)) {
            problems.add(Problem.error(file, 1, "Tệp phải bắt đầu bằng dòng '---' mở phần đầu (front matter), "
                    + "ví dụ:\n---\ntitle: \"Tiêu đề\"\ntype: tin\ndate: 2025-11-03\n---"));
            return Optional.empty();
        }
        int close = -1;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals(FENCE)) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            problems.add(Problem.error(file, 1, "Phần đầu mở bằng '---' ở dòng 1 nhưng không có dòng '---' đóng lại. "
                    + "Thêm một dòng '---' sau trường cuối cùng."));
            return Optional.empty();
        }
        StringBuilder header = new StringBuilder();
        for (int i = 1; i < close; i++) {
            header.append(lines[i]).append('\n');
        }
        StringBuilder body = new StringBuilder();
        for (int i = close + 1; i < lines.length; i++) {
            body.append(lines[i]);
            if (i < lines.length - 1) {
                body.append('\n');
            }
        }
        int headerEnd = close + 1;
        Map<String, RawField> fields = readFields(file, header.toString(), headerEnd, problems);
        if (fields == null) {
            return Optional.empty();
        }
        return Optional.of(new FrontMatter(fields, body.toString(), close + 2, headerEnd));
    }

    /** SnakeYAML instances are not thread-safe and costly to build: one per thread. */
    private final ThreadLocal<Yaml> yamls = ThreadLocal.withInitial(() -> {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setAllowRecursiveKeys(false);
        return new Yaml(new SafeConstructor(options));
    });

    /** The fields of the header, in order; null when a problem was reported. */
    private Map<String, RawField> readFields(String file, String header, int headerEnd, List<Problem> problems) {
        Yaml yaml = yamls.get();
        Node root;
        try {
            root = yaml.compose(new StringReader(header));
        } catch (MarkedYAMLException e) {
            problems.add(syntaxError(file, e));
            return null;
        } catch (YAMLException e) {
            problems.add(Problem.error(file, 2, "Phần đầu (YAML) không đọc được. Kiểm tra "
                    + "các dòng 'tên: giá trị' và dấu ngoặc kép."));
            return null;
        }
        Map<String, RawField> fields = new LinkedHashMap<>();
        if (root == null) {
            return fields;
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.add(Problem.error(file, 2, "Phần đầu phải là các dòng 'tên: giá trị', ví dụ 'title: \"Tiêu đề\"'."));
            return null;
        }
        boolean ok = true;
        for (NodeTuple tuple : mapping.getValue()) {
            ok &= readField(file, tuple, fields, problems);
        }
        return ok ? fields : null;
    }

    /** A YAML syntax error at the line where the key, quoted value or list began. */
    private static Problem syntaxError(String file, MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        String problem = String.valueOf(e.getProblem());
        if (e.getContextMark() != null && (problem.contains("could not find expected ':'")
                || problem.contains("end of stream") || problem.contains("expected ',' or ']'"))) {
            // the line where the key, the quoted value or the list began, not where the parser gave up
            mark = e.getContextMark();
        }
        int line = mark == null ? 1 : mark.getLine() + 2;
        return Problem.error(file, line, "Phần đầu (YAML) sai cú pháp: " + yamlHint(e)
                + " Kiểm tra dấu ':' sau tên trường, dấu ngoặc kép quanh giá trị có ':' hoặc '#', "
                + "và thụt lề bằng dấu cách.");
    }

    /** Adds one {@code key: value} line to {@code fields}; false when a problem was reported. */
    private static boolean readField(String file, NodeTuple tuple, Map<String, RawField> fields, List<Problem> problems) {
        int line = tuple.getKeyNode().getStartMark().getLine() + 2;
        if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
            problems.add(Problem.error(file, line, "Tên trường không hợp lệ."));
            return false;
        }
        String key = keyNode.getValue().strip();
        if (fields.containsKey(key)) {
            problems.add(Problem.error(file, line, "Trường '" + key + "' được khai báo hai lần (dòng "
                    + fields.get(key).line() + " và dòng " + line + "). Xóa một dòng."));
            return false;
        }
        Node value = tuple.getValueNode();
        if (value instanceof ScalarNode scalar) {
            fields.put(key, new RawField(key, XmlChars.strip(file, scalarValue(scalar), line, problems), null, line));
            return true;
        }
        if (value instanceof SequenceNode sequence) {
            List<String> items = new ArrayList<>();
            boolean ok = readList(file, key, sequence, items, problems);
            fields.put(key, new RawField(key, null, List.copyOf(items), line));
            return ok;
        }
        problems.add(Problem.error(file, line, "Trường '" + key + "' có giá trị lồng nhau, không được hỗ trợ. "
                + "Viết trên một dòng, ví dụ '" + key + ": giá trị' hoặc '" + key + ": [a, b]'."));
        return false;
    }

    /** The non-blank values of a list into {@code items}; false when an element was not a plain value. */
    private static boolean readList(String file, String key, SequenceNode sequence, List<String> items,
                                    List<Problem> problems) {
        boolean ok = true;
        for (Node element : sequence.getValue()) {
            if (element instanceof ScalarNode s) {
                String v = XmlChars.strip(file, scalarValue(s), s.getStartMark().getLine() + 2, problems);
                if (!v.isBlank()) {
                    items.add(v.strip());
                }
            } else {
                problems.add(Problem.error(file, element.getStartMark().getLine() + 2,
                        "Danh sách '" + key + "' chỉ được chứa giá trị đơn, ví dụ [a, b]."));
                ok = false;
            }
        }
        return ok;
    }

    private static String scalarValue(ScalarNode scalar) {
        if (Tag.NULL.equals(scalar.getTag()) && scalar.getScalarStyle().getChar() == null) {
            String v = scalar.getValue();
            if (v.isEmpty() || v.equals("~") || v.equalsIgnoreCase("null")) {
                return "";
            }
        }
        return scalar.getValue();
    }

    private static String yamlHint(MarkedYAMLException e) {
        String problem = String.valueOf(e.getProblem());
        if (problem.contains("mapping values are not allowed")) {
            return "có dấu ':' không nằm trong ngoặc kép.";
        }
        if (problem.contains("could not find expected ':'")) {
            return "thiếu dấu ':' sau tên trường.";
        }
        if (problem.contains("'\\t'") || problem.contains("(TAB)")) {
            return "có ký tự Tab; hãy thụt lề bằng dấu cách.";
        }
        if (problem.contains("expected ',' or ']'") || problem.contains("flow sequence")) {
            return "danh sách trong [ ] chưa đóng hoặc thiếu dấu ','.";
        }
        if (problem.contains("found unexpected end of stream") || problem.contains("quoted scalar")) {
            return "dấu ngoặc kép chưa đóng.";
        }
        return "không đọc được dòng này.";
    }
}
