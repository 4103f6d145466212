package vn.cchc.site.security;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cchc.site.core.Problem;
import vn.cchc.site.check.SvgCheck;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SVG assets that could run script are refused, naming the file; ordinary drawings pass. */
@Tag("security")
class SvgCheckTest {
    private static final String OPEN = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">";

    @TempDir
    Path site;

    static Stream<Arguments> unsafe() {
        return Stream.of(
                Arguments.of("script", OPEN + "<script>alert(1)</script></svg>", "<script>"),
                Arguments.of("script with a prefix", "<s:svg xmlns:s=\"http://www.w3.org/2000/svg\"><s:script>alert(1)"
                        + "</s:script></s:svg>", "<script>"),
                Arguments.of("XHTML script", OPEN + "<h:script xmlns:h=\"http://www.w3.org/1999/xhtml\">x</h:script></svg>",
                        "<script>"),
                Arguments.of("onload", OPEN.replace(">", " onload=\"alert(1)\">") + "</svg>", "onload"),
                Arguments.of("handler in capitals", OPEN + "<rect ONCLICK=\"x()\"/></svg>", "ONCLICK"),
                Arguments.of("javascript link", OPEN + "<a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
                        "javascript:"),
                Arguments.of("javascript split by tabs and entities", OPEN + "<a href=\"jav&#x09;a&#10;script&#58;x()\">"
                        + "<text>x</text></a></svg>", "javascript:"),
                Arguments.of("javascript in capitals after spaces", OPEN + "<a href=\"  JaVaScRiPt:x()\"><text>x</text></a>"
                        + "</svg>", "javascript:"),
                Arguments.of("animation setting a javascript link", OPEN + "<a><animate attributeName=\"href\" "
                        + "values=\"javascript:alert(1)\"/><text>x</text></a></svg>", "javascript:"),
                Arguments.of("set to javascript", OPEN + "<a><set attributeName=\"href\" to=\"javascript:x()\"/></a></svg>",
                        "javascript:"),
                Arguments.of("foreignObject", OPEN + "<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div>"
                        + "</foreignObject></svg>", "<foreignObject>"),
                Arguments.of("entity hiding a script", "<!DOCTYPE svg [<!ENTITY s \"&#60;script&#62;alert(1)&#60;/script&#62;\">]>"
                        + OPEN + "&s;</svg>", "thực thể"),
                Arguments.of("external entity", "<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + OPEN
                        + "<text>&x;</text></svg>", "thực thể"),
                Arguments.of("XSLT style sheet", "<?xml-stylesheet type=\"text/xsl\" href=\"x.xsl\"?>" + OPEN + "</svg>",
                        "xml-stylesheet"),
                Arguments.of("not XML at all", "<svg><rect></svg", "XML"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unsafe")
    void unsafeSvgIsAnErrorNamingTheFile(String name, String svg, String message) throws Exception {
        Path file = site.resolve("assets/anh/nhom/hinh.svg");
        Files.createDirectories(file.getParent());
        Files.writeString(file, svg);
        List<Problem> problems = SvgCheck.check(site, site.resolve("assets"));
        assertEquals(1, problems.size(), problems.toString());
        Problem p = problems.get(0);
        assertTrue(p.isError() && p.file().equals("assets/anh/nhom/hinh.svg") && p.message().contains(message),
                p.format());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            OPEN + "<title>Biểu tượng</title><circle cx=\"5\" cy=\"5\" r=\"4\" fill=\"#a30d11\"/><a href=\"/tin-tuc/\">"
                    + "<text>Tin</text></a></svg>",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
                    + "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">" + OPEN + "<image href=\"data:image/png;base64,AAAA\""
                    + " width=\"1\" height=\"1\"/><style>.a{fill:red}</style></svg>"})
    void ordinaryDrawingsPass(String svg) throws Exception {
        Path file = site.resolve("assets/anh/HINH.SVG");
        Files.createDirectories(file.getParent());
        Files.writeString(file, svg);
        assertEquals(List.of(), SvgCheck.check(site, site.resolve("assets")));
    }

    @org.junit.jupiter.api.Test
    void theSampleSitesDrawingsPass() {
        assertEquals(List.of(), SvgCheck.check(Path.of("."), Path.of("assets")));
    }
}
