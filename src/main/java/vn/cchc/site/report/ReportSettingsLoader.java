package vn.cchc.site.report;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import vn.cchc.site.core.Problem;
import vn.cchc.site.core.SiteConfig;
import vn.cchc.site.config.SiteConfigLoader;
import vn.cchc.site.content.ContentType;
import vn.cchc.site.core.SourceText;
import vn.cchc.site.content.Suggestions;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code report:} section of {@code site.yml} with the line of every value, so that a
 * wrong setting is reported as {@code site.yml:12: lỗi: …} like a wrong front-matter field, all
 * problems at once. Syntax errors of the whole file are {@link SiteConfigLoader}'s to report.
 */
public final class ReportSettingsLoader {
    private static final String FILE = SiteConfigLoader.FILE_NAME;

    public ReportSettings load(Path siteRoot, SiteConfig config, List<Problem> problems) {
        ReportSettings d = ReportSettings.defaults(config);
        Path file = siteRoot.resolve(FILE);
        MappingNode report;
        try {
            if (!Files.isRegularFile(file)) {
                return d;
            }
            Node root = new Yaml(new SafeConstructor(new LoaderOptions()))
                    .compose(new StringReader(SourceText.decode(Files.readAllBytes(file))));
            report = root instanceof MappingNode m ? section(m, "report", problems) : null;
        } catch (IOException | SourceText.NotUtf8Exception | RuntimeException e) {
            return d; // reported by SiteConfigLoader
        }
        if (report == null) {
            return d;
        }
        Map<String, Node> values = new LinkedHashMap<>();
        for (NodeTuple t : report.getValue()) {
            String key = scalar(t.getKeyNode());
            if (!ReportSettings.KEYS.containsKey(key)) {
                problems.add(Problem.error(FILE, line(t.getKeyNode()), "report." + key + " không phải là mục cấu hình "
                        + "báo cáo." + Suggestions.hint(key, ReportSettings.KEYS.keySet()) + " Các mục: "
                        + String.join(", ", ReportSettings.KEYS.keySet()) + "."));
            } else {
                values.put(key, t.getValueNode());
            }
        }
        return new ReportSettings(text(values, "parent_body", d.parentBody(), problems),
                text(values, "issuer", d.issuer(), problems), text(values, "symbol", d.symbol(), problems),
                text(values, "place", d.place(), problems), text(values, "recipient", d.recipient(), problems),
                text(values, "request", d.request(), problems), text(values, "subject", d.subject(), problems),
                text(values, "signer_for", d.signerFor(), problems),
                text(values, "signer_title", d.signerTitle(), problems), text(values, "signer", d.signer(), problems),
                lines(values.get("recipients"), d.recipients(), problems), royalties(values.get("royalties"), problems));
    }

    private static MappingNode section(MappingNode root, String key, List<Problem> problems) {
        for (NodeTuple t : root.getValue()) {
            if (key.equals(scalar(t.getKeyNode()))) {
                if (t.getValueNode() instanceof MappingNode m) {
                    return m;
                }
                problems.add(Problem.error(FILE, line(t.getValueNode()), "'report' phải là một nhóm cấu hình, mỗi dòng "
                        + "'tên: giá trị' thụt vào hai dấu cách (ví dụ '  signer: Phạm Việt Anh')."));
            }
        }
        return null;
    }

    private static String text(Map<String, Node> values, String key, String fallback, List<Problem> problems) {
        Node n = values.get(key);
        if (n == null) {
            return fallback;
        }
        if (n instanceof ScalarNode s) {
            return java.text.Normalizer.normalize(s.getValue(), java.text.Normalizer.Form.NFC).strip();
        }
        problems.add(Problem.error(FILE, line(n), "report." + key + " (" + ReportSettings.KEYS.get(key)
                + ") phải là một dòng chữ, ví dụ " + key + ": \"…\"."));
        return fallback;
    }

    private static List<String> lines(Node n, List<String> fallback, List<Problem> problems) {
        if (n == null) {
            return fallback;
        }
        List<String> out = new ArrayList<>();
        if (n instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode s && !s.getValue().isBlank()) {
                    out.add(s.getValue().strip().replaceFirst("^-\\s*", ""));
                } else {
                    problems.add(Problem.error(FILE, line(item), "report.recipients: mỗi nơi nhận là một dòng chữ, "
                            + "ví dụ - \"Như trên;\"."));
                }
            }
            return out;
        }
        problems.add(Problem.error(FILE, line(n), "report.recipients phải là danh sách, mỗi dòng bắt đầu bằng '- ' "
                + "(ví dụ - \"Lưu: VT.\")."));
        return fallback;
    }

    private static Map<String, Double> royalties(Node n, List<Problem> problems) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (n == null) {
            return out;
        }
        if (!(n instanceof MappingNode m)) {
            problems.add(Problem.error(FILE, line(n), "report.royalties phải có dạng 'loại: hệ số', ví dụ 'tin: 1.0'."));
            return out;
        }
        List<String> types = ContentType.keys().stream().filter(k -> ContentType.byKey(k).orElseThrow().counted())
                .toList();
        for (NodeTuple t : m.getValue()) {
            String type = scalar(t.getKeyNode());
            if (!types.contains(type)) {
                problems.add(Problem.error(FILE, line(t.getKeyNode()), "report.royalties: loại '" + type
                        + "' không có." + Suggestions.hint(type, types) + " Các loại: " + String.join(", ", types) + "."));
                continue;
            }
            try {
                double k = Double.parseDouble(scalar(t.getValueNode()).replace(',', '.'));
                if (k < 0) {
                    throw new NumberFormatException();
                }
                out.put(type, k);
            } catch (NumberFormatException e) {
                problems.add(Problem.error(FILE, line(t.getValueNode()), "report.royalties." + type
                        + " phải là một số không âm (hệ số nhuận bút), ví dụ 1.5."));
            }
        }
        return out;
    }

    private static String scalar(Node n) {
        return n instanceof ScalarNode s ? s.getValue() : "";
    }

    private static int line(Node n) {
        return n.getStartMark() == null ? 0 : n.getStartMark().getLine() + 1;
    }
}
