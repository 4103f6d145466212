package vn.cchc.site;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shape of the code base, as {@code docs/architecture.md} states it, checked on
 * {@code src/main/java}:
 * <ol>
 *   <li>the feature packages form layers: each may use only the packages below it in
 *       {@link #LAYERS_BOTTOM_UP}, so there is no back-arrow and no cycle;</li>
 *   <li>no top-level class is longer than {@value #MAX_CLASS_LINES} lines;</li>
 *   <li>no method or constructor is longer than {@value #MAX_METHOD_LINES} lines.</li>
 * </ol>
 * A failure lists every offender as {@code file:line}. {@code ArchitectureRulesTest} proves that
 * each rule fails on a planted violation.
 */
class ArchitectureTest {

    /**
     * The layers, bottom first: a package may depend on the packages before it, never on one after
     * it. A new feature package must be placed here (and in docs/architecture.md).
     */
    static final List<String> LAYERS_BOTTOM_UP = List.of(
            "core",      // the shared kernel: problems (file:line), source text, site configuration values
            "config",    // site.yml -> SiteConfig
            "content",   // files -> validated items
            "check",     // HTML sanitising, link checks
            "stats",     // reporting windows, what counts
            "search",    // the search index
            "editor",    // Decap CMS config and local backend
            "bake",      // the build
            "report",    // what the officer reads
            "scaffold",  // new files from archetypes, init
            "importer",  // procedure lists and old archives -> content files
            "serve",     // live preview
            "deploy",    // SFTP and Pages publishing
            "export",    // portal pack, ZIP
            "cli");      // the commands

    static final int MAX_CLASS_LINES = 300;
    static final int MAX_METHOD_LINES = 60;

    private static ArchitectureRules main;

    @BeforeAll
    static void parseMainSources() {
        main = ArchitectureRules.of(Path.of("src/main/java"), MAX_CLASS_LINES, MAX_METHOD_LINES);
    }

    @Test
    void everyPackageDependsOnlyOnPackagesBelowIt() {
        assertNone("dependencies against the layer order " + LAYERS_BOTTOM_UP,
                main.upwardDependencies(LAYERS_BOTTOM_UP));
    }

    @Test
    void noCycleBetweenFeaturePackages() {
        assertNone("dependencies on a cycle between packages", main.cycles());
    }

    @Test
    void noTopLevelClassIsLongerThan300Lines() {
        assertNone("classes over " + MAX_CLASS_LINES + " lines", main.longClasses());
    }

    @Test
    void noMethodIsLongerThan60Lines() {
        assertNone("methods or constructors over " + MAX_METHOD_LINES + " lines", main.longMethods());
    }

    @Test
    void theRulesSeeTheCode() {
        // guards against a rule that passes because it read nothing
        assertTrue(main.dependencies().stream().anyMatch(d -> d.from().equals("cli") && d.to().equals("bake")),
                "expected cli -> bake among " + main.dependencies().size() + " dependencies");
    }

    static void assertNone(String what, List<String> offenders) {
        assertTrue(offenders.isEmpty(),
                offenders.size() + " " + what + ":\n" + String.join("\n", offenders));
    }
}
