package vn.cchc.site.check;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import vn.cchc.site.core.Problem;

/**
 * SVG images under {@code assets/} are published as they are and a browser opening one runs its
 * script, so an SVG holding {@code <script>}, an event handler ({@code onload}...), a
 * {@code javascript:} (or {@code vbscript:}, {@code data:text/html}) URL in any attribute, however
 * spaced, cased or entity-encoded, {@code <foreignObject>} (HTML inside), an embedded frame, or an
 * XSLT style sheet fails the build, naming the file. The file is read with StAX, without DTDs or
 * external entities (an SVG that declares entities is refused too: they can hide any of the above).
 */
public final class SvgCheck {
    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("script", "foreignobject", "iframe", "embed",
            "object", "handler", "listener");
    private static final List<String> SCRIPT_SCHEMES = List.of("javascript:", "vbscript:", "data:text/html",
            "data:application/xhtml");

    private SvgCheck() {
    }

    /** What is unsafe in the SVG files under {@code assets}, which belongs to the site at {@code siteRoot}. */
    public static List<Problem> check(Path siteRoot, Path assets) {
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(assets)) {
            return problems;
        }
        try (Stream<Path> files = Files.walk(assets)) {
            Path realRoot = siteRoot.toRealPath();
            files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg"))
                    .filter(f -> Files.isRegularFile(f) && insideSite(f, realRoot)).sorted()
                    .forEach(f -> {
                        String name = siteRoot.relativize(f).toString().replace('\\', '/');
                        String why = unsafe(f);
                        if (why != null) {
                            problems.add(Problem.error(name, 0, "Ảnh SVG chứa " + why + ", có thể chạy mã độc khi mở "
                                    + "ảnh. Xuất lại ảnh không có mã (hoặc lưu dạng PNG/JPG) rồi thay tệp này."));
                        }
                    });
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add(Problem.error(siteRoot.relativize(assets).toString(), 0, "Không đọc được thư mục ảnh: "
                    + e.getMessage()));
        }
        return problems;
    }

    /** A link leaving the site is reported by the site walker and never read here. */
    private static boolean insideSite(Path file, Path realRoot) {
        try {
            return file.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return false;
        }
    }

    /** What makes the SVG at {@code file} unsafe, in Vietnamese, or null when nothing does. */
    static String unsafe(Path file) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    int event = xml.next();
                    String why = event == XMLStreamConstants.START_ELEMENT ? element(xml)
                            : event == XMLStreamConstants.PROCESSING_INSTRUCTION
                            && "xml-stylesheet".equalsIgnoreCase(xml.getPITarget()) ? "chỉ thị <?xml-stylesheet?>"
                            : event == XMLStreamConstants.DTD && xml.getText().contains("<!ENTITY")
                            ? "khai báo <!ENTITY>" : null;
                    if (why != null) {
                        return why;
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            return "lỗi cú pháp XML hoặc thực thể không được phép (" + e.getMessage().lines().reduce((a, b) -> b)
                    .orElse("") + ")";
        } catch (IOException e) {
            return "nội dung không đọc được (" + e.getMessage() + ")";
        }
        return null;
    }

    private static String element(XMLStreamReader xml) {
        String name = xml.getLocalName().toLowerCase(Locale.ROOT);
        if (FORBIDDEN_ELEMENTS.contains(name)) {
            return "thẻ <" + xml.getLocalName() + ">";
        }
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String attribute = xml.getAttributeLocalName(i);
            if (attribute.toLowerCase(Locale.ROOT).startsWith("on")) {
                return "thuộc tính " + attribute + " (chạy mã JavaScript) trong thẻ <" + xml.getLocalName() + ">";
            }
            String value = asBrowsersRead(xml.getAttributeValue(i));
            for (String scheme : SCRIPT_SCHEMES) {
                if (value.contains(scheme)) {
                    return "liên kết " + scheme + " trong thuộc tính " + attribute;
                }
            }
        }
        return null;
    }

    /** An attribute value lower-cased, without the white space and control characters browsers skip in URLs. */
    private static String asBrowsersRead(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c > ' ') {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }
}
