package vn.cchc.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each rule of {@link ArchitectureTest} fails, naming file and line, on a planted violation. */
class ArchitectureRulesTest {

    private static final List<String> LAYERS = List.of("core", "content", "bake");

    @TempDir
    Path src;

    @Test
    void anUpwardImportIsReportedWithFileAndLine() throws IOException {
        write("core/Problem.java", "package vn.cchc.site.core;\n\nimport vn.cchc.site.content.Item;\n\n"
                + "public record Problem(Item item) { }\n");
        write("content/Item.java", "package vn.cchc.site.content;\n\npublic record Item() { }\n");

        List<String> offenders = rules().upwardDependencies(LAYERS);

        assertEquals(List.of("vn/cchc/site/core/Problem.java:3: core -> content points up"
                + " (allowed: packages below core)"), offenders);
    }

    @Test
    void aCycleThroughAFullyQualifiedNameInASubPackageIsReported() throws IOException {
        write("content/schema/Schemas.java", "package vn.cchc.site.content.schema;\n\n"
                + "class Schemas {\n    vn.cchc.site.bake.Baker baker;\n}\n");
        write("bake/Baker.java", "package vn.cchc.site.bake;\n\nimport vn.cchc.site.content.schema.Schemas;\n\n"
                + "public class Baker { }\n");

        List<String> cycles = rules().cycles();

        assertEquals(2, cycles.size(), cycles.toString());
        assertTrue(cycles.get(0).startsWith("vn/cchc/site/bake/Baker.java:3: bake -> content closes a cycle"), cycles.get(0));
        assertTrue(cycles.get(1).startsWith("vn/cchc/site/content/schema/Schemas.java:4: content -> bake"), cycles.get(1));
        assertTrue(rules().upwardDependencies(LAYERS).get(0).startsWith("vn/cchc/site/content/schema/Schemas.java:4:"));
    }

    @Test
    void aPackageMissingFromTheLayerOrderIsReported() throws IOException {
        write("newthing/Thing.java", "package vn.cchc.site.newthing;\n\nimport vn.cchc.site.core.Problem;\n\nclass Thing { }\n");

        assertEquals(List.of("vn/cchc/site/newthing/Thing.java:3: package 'newthing' is not in the layer order"),
                rules().upwardDependencies(LAYERS));
    }

    @Test
    void aLongClassAndALongMethodAreReported() throws IOException {
        String body = "        int a = 0;\n".repeat(59);
        write("core/Long.java", "package vn.cchc.site.core;\n\nclass Long {\n"
                + "    void fits() {\n" + "        int a = 0;\n".repeat(58) + "    }\n"
                + "    Long() {\n" + body + "    }\n"
                + "    void tooLong() {\n" + body + "    }\n"
                + "    //\n".repeat(120) + "}\n");

        ArchitectureRules rules = rules();

        assertEquals(List.of("vn/cchc/site/core/Long.java:3: class Long has 304 lines (at most 300)"), rules.longClasses());
        assertEquals(List.of("vn/cchc/site/core/Long.java:125: tooLong() has 61 lines (at most 60)",
                "vn/cchc/site/core/Long.java:64: constructor has 61 lines (at most 60)"), rules.longMethods());
    }

    @Test
    void cleanLayeredCodePasses() throws IOException {
        write("core/Problem.java", "package vn.cchc.site.core;\n\npublic record Problem() { }\n");
        write("bake/Baker.java", "package vn.cchc.site.bake;\n\nimport vn.cchc.site.core.Problem;\n\n"
                + "class Baker { vn.cchc.site.core.Problem p; }\n");

        ArchitectureRules rules = rules();

        assertEquals(List.of(), rules.upwardDependencies(LAYERS));
        assertEquals(List.of(), rules.cycles());
        assertEquals(2, rules.dependencies().size());
    }

    private ArchitectureRules rules() {
        return ArchitectureRules.of(src, 300, 60);
    }

    private void write(String path, String text) throws IOException {
        Path file = src.resolve("vn/cchc/site").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
