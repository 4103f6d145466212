package vn.cchc.site.scaffold;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Pages contracts of the pipelines {@code init} writes, which the pipeline runners used in tests
 * do not enforce: GitLab publishes only a job named {@code pages} whose artifacts hold {@code public},
 * GitHub deploys only an uploaded Pages artifact from a job allowed to ({@code pages: write},
 * {@code id-token: write}); and the ward's one choice, {@code CCHC_DEPLOY_TARGET=pages}, runs the Pages
 * job instead of the SFTP one, never both.
 */
class SitePagesPipelinesTest {
    @TempDir
    Path dir;

    @SuppressWarnings("unchecked")
    private Map<String, Object> yaml(String file) throws Exception {
        new SiteTemplate().write(dir, new SiteTemplate.Settings("Phường Lê Chân", "Hải Phòng", "1.0.0",
                "https://example.gov.vn/cchc-site-1.0.0.tar.gz", "0".repeat(64), LocalDateTime.of(2026, 3, 1, 9, 0)));
        return new Yaml().load(Files.readString(dir.resolve(file)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @Test
    void gitlabPagesJobLeavesPublicAndRunsOnlyWhenTheWardChosePages() throws Exception {
        Map<String, Object> ci = yaml(".gitlab-ci.yml");
        Map<String, Object> pages = map(ci.get("pages"));
        assertEquals(List.of("public", "output/build-report.json"), map(pages.get("artifacts")).get("paths"));
        assertEquals(List.of("CCHC_DEPLOY_TARGET=pages CCHC_PAGES_DIR=public sh .cchc/publish.sh publish"), pages.get("script"));
        assertEquals("$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH && $CCHC_DEPLOY_TARGET == \"pages\"",
                map(((List<?>) pages.get("rules")).get(0)).get("if"));
        assertEquals("$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH && $CCHC_DEPLOY_TARGET != \"pages\"",
                map(((List<?>) map(ci.get("publish")).get("rules")).get(0)).get("if"));
        assertEquals(pages.get("resource_group"), map(ci.get("publish")).get("resource_group"), "one deploy at a time");
    }

    @Test
    void githubPagesJobUploadsWhatPublishShPreparedAndMayDeployIt() throws Exception {
        Map<String, Object> jobs = map(yaml(".github/workflows/publish.yml").get("jobs"));
        Map<String, Object> pages = map(jobs.get("pages"));
        assertEquals(Map.of("contents", "read", "pages", "write", "id-token", "write"), pages.get("permissions"));
        assertEquals("github-pages", map(pages.get("environment")).get("name"));
        assertEquals(map(map(jobs.get("publish")).get("concurrency")).get("group"), map(pages.get("concurrency")).get("group"));
        List<Map<String, Object>> steps = ((List<?>) pages.get("steps")).stream().map(SitePagesPipelinesTest::map).toList();
        Map<String, Object> publish = steps.stream().filter(s -> "sh .cchc/publish.sh publish".equals(s.get("run"))).findFirst().orElseThrow();
        assertEquals("pages", map(publish.get("env")).get("CCHC_DEPLOY_TARGET"));
        Map<String, Object> upload = steps.stream()
                .filter(s -> String.valueOf(s.get("uses")).startsWith("actions/upload-pages-artifact@")).findFirst().orElseThrow();
        assertEquals(map(publish.get("env")).get("CCHC_PAGES_DIR"), map(upload.get("with")).get("path"), "the folder publish.sh filled");
        assertTrue(steps.indexOf(upload) > steps.indexOf(publish));
        assertTrue(steps.stream().anyMatch(s -> String.valueOf(s.get("uses")).startsWith("actions/deploy-pages@")));
        String on = (String) pages.get("if");
        String sftp = (String) map(jobs.get("publish")).get("if");
        assertTrue(on.endsWith("&& vars.CCHC_DEPLOY_TARGET == 'pages'") && sftp.endsWith("&& vars.CCHC_DEPLOY_TARGET != 'pages'"));
        assertEquals(on.replace("vars.CCHC_DEPLOY_TARGET ==", "vars.CCHC_DEPLOY_TARGET !="), sftp,
                "the same condition, one way or the other");
    }
}
