package vn.cchc.site.editor;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code editor:} section of {@code site.yml}.
 *
 * @param backend  Decap's backend settings ({@code name}, {@code repo}, {@code branch}, …), or empty for
 *                 the default ({@code git-gateway} on {@code main})
 * @param workflow whether an entry goes through Decap's editorial workflow (draft, in review, ready) before
 *                 it is published: {@code workflow: true}; the local backend of {@code serve --editor}
 *                 has no workflow, so Decap falls back to publishing at once there
 */
public record EditorSettings(Map<String, Object> backend, boolean workflow) {
    /** No {@code editor:} section. */
    public static final EditorSettings DEFAULT = new EditorSettings(Map.of(), false);

    public EditorSettings {
        backend = Collections.unmodifiableMap(new LinkedHashMap<>(backend)); // keeps site.yml's order
    }

    /** Reads the section from {@code site.yml} in {@code siteRoot}; {@link #DEFAULT} when there is none. */
    @SuppressWarnings("unchecked")
    public static EditorSettings read(Path siteRoot) throws IOException {
        Path file = siteRoot.resolve("site.yml");
        if (!Files.isRegularFile(file)) {
            return DEFAULT;
        }
        Object all = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file, StandardCharsets.UTF_8));
        if (!(all instanceof Map<?, ?> m && m.get("editor") instanceof Map<?, ?> e)) {
            return DEFAULT;
        }
        Map<String, Object> backend = e.get("backend") instanceof Map<?, ?> b
                ? new LinkedHashMap<>((Map<String, Object>) b) : Map.of();
        return new EditorSettings(backend, Boolean.TRUE.equals(e.get("workflow")));
    }
}
