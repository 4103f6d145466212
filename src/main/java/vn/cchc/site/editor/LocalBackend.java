package vn.cchc.site.editor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Decap CMS's local backend ({@code local_backend: true}), the protocol of the npm package
 * {@code decap-server} in its file-system mode, in Java, so {@code serve --editor} needs no Node.js:
 * editors write in the browser and get real Markdown files in the repository. Every path is
 * checked by {@link EditorPaths}: only files under {@code content/} and {@code assets/} are read or
 * written. Who may call it is checked by {@link EditorAccess} before a request gets here.
 */
public final class LocalBackend {
    private final Path root;
    private final EditorPaths paths;
    private final ObjectMapper json = new ObjectMapper();

    public LocalBackend(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.paths = new EditorPaths(this.root);
    }

    /**
     * Answers one request body ({@code {"action": …, "params": …}}) with a JSON body.
     *
     * @throws EditorPaths.ForbiddenPathException when a path is outside what the editor may touch;
     *                                            nothing was written
     */
    public byte[] handle(byte[] request) throws IOException {
        JsonNode body = json.readTree(request);
        String action = body.path("action").asText();
        JsonNode p = body.path("params");
        Object result = switch (action) {
            case "info" -> {
                ObjectNode info = json.createObjectNode();
                info.put("repo", root.getFileName().toString());
                info.putArray("publish_modes").add("simple");
                info.put("type", "local_fs");
                yield info;
            }
            case "entriesByFolder" -> entries(list(p.path("folder").asText(), p.path("extension").asText(""),
                    p.path("depth").asInt(1)));
            case "entriesByFiles" -> {
                List<String> paths = new ArrayList<>();
                p.path("files").forEach(f -> paths.add(f.path("path").asText()));
                yield entries(paths);
            }
            case "getEntry" -> entry(p.path("path").asText());
            case "persistEntry" -> persist(p);
            case "getMedia" -> {
                ArrayNode out = json.createArrayNode();
                for (String path : list(p.path("mediaFolder").asText(), "", 1)) {
                    out.add(media(path));
                }
                yield out;
            }
            case "getMediaFile" -> media(p.path("path").asText());
            case "persistMedia" -> {
                JsonNode a = p.path("asset");
                write(a.path("path").asText(), Base64.getDecoder().decode(a.path("content").asText()));
                yield media(a.path("path").asText());
            }
            case "deleteFile" -> {
                Files.deleteIfExists(resolve(p.path("path").asText()));
                yield message("deleted file " + p.path("path").asText());
            }
            case "deleteFiles" -> {
                List<Path> doomed = new ArrayList<>();
                for (JsonNode path : p.path("paths")) {
                    doomed.add(resolve(path.asText()));
                }
                for (Path file : doomed) {
                    Files.deleteIfExists(file);
                }
                yield message("deleted files");
            }
            case "getDeployPreview" -> null;
            case "unpublishedEntries" -> json.createArrayNode();
            default -> throw new IllegalArgumentException("Thao tác không được hỗ trợ: " + action);
        };
        return json.writeValueAsBytes(result);
    }

    /** Writes an entry, its assets and any renames, after checking every path: a refused path writes nothing. */
    private ObjectNode persist(JsonNode p) throws IOException {
        JsonNode files = p.has("dataFiles") ? p.path("dataFiles") : json.createArrayNode().add(p.path("entry"));
        for (JsonNode f : files) {
            resolve(f.path("path").asText());
            if (f.hasNonNull("newPath")) {
                resolve(f.path("newPath").asText());
            }
        }
        for (JsonNode a : p.path("assets")) {
            resolve(a.path("path").asText());
        }
        for (JsonNode f : files) {
            write(f.path("path").asText(), f.path("raw").asText().getBytes(StandardCharsets.UTF_8));
        }
        for (JsonNode a : p.path("assets")) {
            write(a.path("path").asText(), Base64.getDecoder().decode(a.path("content").asText()));
        }
        for (JsonNode f : files) {
            if (f.hasNonNull("newPath")) {
                Path to = resolve(f.path("newPath").asText());
                Files.createDirectories(to.getParent());
                Files.move(resolve(f.path("path").asText()), to, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return message("entry persisted");
    }

    private Path resolve(String path) throws EditorPaths.ForbiddenPathException {
        return paths.resolve(path);
    }

    private List<String> list(String folder, String extension, int depth) throws IOException {
        Path dir = paths.folder(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir, Math.max(1, depth))) {
            return files.filter(EditorPaths::plainFile).filter(f -> !f.getFileName().toString().startsWith(".")).filter(f -> f.toString().endsWith(extension))
                    .map(f -> root.relativize(f).toString().replace('\\', '/')).sorted().toList();
        }
    }

    private ArrayNode entries(List<String> paths) throws IOException {
        ArrayNode out = json.createArrayNode();
        for (String path : paths) {
            out.add(entry(path));
        }
        return out;
    }

    private ObjectNode entry(String path) throws IOException {
        ObjectNode e = json.createObjectNode();
        ObjectNode file = e.putObject("file");
        file.put("path", path);
        Path f = resolve(path);
        if (Files.isRegularFile(f)) {
            byte[] bytes = Files.readAllBytes(f);
            e.put("data", new String(bytes, StandardCharsets.UTF_8));
            file.put("id", sha256(bytes));
        } else {
            e.putNull("data");
            file.putNull("id");
        }
        return e;
    }

    private ObjectNode media(String path) throws IOException {
        byte[] bytes = Files.readAllBytes(resolve(path));
        ObjectNode m = json.createObjectNode();
        m.put("id", sha256(bytes));
        m.put("content", Base64.getEncoder().encodeToString(bytes));
        m.put("encoding", "base64");
        m.put("path", path);
        m.put("name", path.substring(path.lastIndexOf('/') + 1));
        return m;
    }

    private void write(String path, byte[] bytes) throws IOException {
        Path f = resolve(path);
        Files.createDirectories(f.getParent());
        Files.write(f, bytes);
    }

    private ObjectNode message(String text) {
        ObjectNode m = json.createObjectNode();
        m.put("message", text);
        return m;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
