package vn.cchc.site.check;

import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Tag;
import org.jsoup.select.NodeFilter;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import vn.cchc.site.core.Problem;
import vn.cchc.site.core.SourceLines;

/**
 * One pass of {@link HtmlSanitizer#clean}: walks the parsed (dirty) fragment without recursion and
 * appends a copy of each allowed node to the clean one. An element outside the safelist is
 * unwrapped (its allowed children are copied in its place) or dropped with its subtree; a node
 * that is neither an element nor plain text is never copied. CDATA sections and raw text, which a
 * browser may read as markup where the parser saw text, are parsed again and checked, so script
 * hidden in them fails the build like script written openly.
 */
final class Rebuild implements NodeFilter {
    private final HtmlSanitizer policy;
    private final String file;
    private final SourceLines lines;
    private final List<Problem> problems;
    /** Source elements whose copy is the current destination, innermost first. */
    private final Deque<Element> open = new ArrayDeque<>();
    private Element destination;
    private boolean tooDeep;

    Rebuild(HtmlSanitizer policy, Element destination, String file, SourceLines lines, List<Problem> problems) {
        this.policy = policy;
        this.destination = destination;
        this.file = file;
        this.lines = lines;
        this.problems = problems;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (depth == 0) {
            return FilterResult.CONTINUE;
        }
        if (node instanceof Element el) {
            return element(el, depth);
        }
        if (node instanceof CDataNode cdata) {
            hidden(cdata.text(), "<![CDATA[", "khối <![CDATA[...]]>");
        } else if (node instanceof DataNode data) {
            hidden(data.getWholeData(), data.getWholeData(), "nội dung thẻ <" + data.parentNode().nodeName() + ">");
        } else if (node.getClass() == TextNode.class) {
            destination.appendChild(new TextNode(((TextNode) node).getWholeText()));
        }
        // comments, processing instructions, doctypes and anything else: never copied
        return FilterResult.SKIP_ENTIRELY;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (!open.isEmpty() && open.peek() == node) {
            open.pop();
            destination = destination.parent();
        }
        return FilterResult.CONTINUE;
    }

    private FilterResult element(Element el, int depth) {
        String tag = el.normalName();
        if (depth > HtmlSanitizer.MAX_DEPTH) {
            if (!tooDeep) {
                tooDeep = true;
                problems.add(Problem.error(file, lines.lineOf("<" + tag), "Các thẻ HTML lồng nhau quá sâu (hơn "
                        + HtmlSanitizer.MAX_DEPTH + " tầng). Bỏ bớt các thẻ lồng nhau (thường do dán từ Word hoặc trang web khác)."));
            }
            return FilterResult.SKIP_ENTIRELY;
        }
        if (HtmlSanitizer.FORBIDDEN_TAGS.contains(tag)) {
            problems.add(Problem.error(file, lines.lineOf("<" + tag), "Thẻ <" + tag + "> không được phép trong bài "
                    + "(nguy cơ mã độc trên cổng thông tin). Xóa thẻ này; nếu cần nhúng video, dùng <iframe> từ "
                    + "các trang được phép: " + policy.embedHostList() + "."));
            return FilterResult.SKIP_ENTIRELY;
        }
        if (tag.equals("style")) {
            problems.add(Problem.warning(file, lines.lineOf("<style"), "Đã bỏ khối <style> trong bài; giao diện do "
                    + "mẫu trang (templates) quyết định."));
            return FilterResult.SKIP_ENTIRELY;
        }
        if (!HtmlSanitizer.ALLOWED_TAGS.contains(tag)) {
            problems.add(Problem.warning(file, lines.lineOf("<" + tag), "Đã bỏ thẻ <" + tag + "> không được hỗ trợ "
                    + "(giữ lại chữ bên trong)."));
            SafeAttributes.copy(el, new Element("span"), file, lines, problems);
            return FilterResult.CONTINUE;
        }
        Element copy = new Element(Tag.valueOf(tag), "");
        SafeAttributes.copy(el, copy, file, lines, problems);
        if (tag.equals("iframe")) {
            iframe(copy);
            return FilterResult.SKIP_ENTIRELY;
        }
        if (tag.equals("input")) {
            if ("checkbox".equalsIgnoreCase(copy.attr("type"))) {
                destination.appendChild(copy);
            }
            return FilterResult.SKIP_ENTIRELY;
        }
        destination.appendChild(copy);
        open.push(el);
        destination = copy;
        return FilterResult.CONTINUE;
    }

    /** Appends an embedded video from an allowed host, without its fallback content; anything else is an error. */
    private void iframe(Element copy) {
        String src = copy.attr("src");
        if (!policy.embeddable(src)) {
            problems.add(Problem.error(file, lines.lineOf(src, "<iframe"), "Khung nhúng <iframe> từ \""
                    + SafeAttributes.abbreviate(src) + "\" không nằm trong danh sách được phép (embed_hosts trong "
                    + "site.yml: " + policy.embedHostList() + "); chỉ nhúng qua https."));
            return;
        }
        if (!copy.hasAttr("title")) {
            copy.attr("title", "Nội dung nhúng");
        }
        copy.attr("loading", "lazy");
        copy.attr("referrerpolicy", "strict-origin-when-cross-origin");
        destination.appendChild(copy);
    }

    /**
     * Text that is never copied but that a browser may read as markup (a CDATA section, the raw text
     * of an unknown element): an error when it holds anything executable, else a warning that
     * something visible was removed.
     */
    private void hidden(String text, String locate, String what) {
        List<Problem> inside = new ArrayList<>();
        if (text.indexOf('<') >= 0) {
            policy.rebuild(text, new Element("div"), file, lines, inside);
        }
        List<Problem> errors = inside.stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            problems.addAll(errors);
        } else if (!text.isBlank()) {
            problems.add(Problem.warning(file, lines.lineOf(locate), "Đã bỏ " + what + " (trình duyệt không hiển thị "
                    + "đúng phần này). Viết lại nội dung bằng chữ thường hoặc Markdown."));
        }
    }
}
