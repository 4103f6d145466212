package vn.cchc.site.deploy;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where and how to publish: the {@code deploy:} section of {@code site.yml}, each value overridable
 * by an environment variable (what a CI pipeline sets from its secret store). No secret belongs in
 * the repository: the key is a path to a file the pipeline writes from a secret, or the secret itself.
 *
 * @param host       SFTP server ({@code CCHC_DEPLOY_HOST})
 * @param port       port, default 22 ({@code CCHC_DEPLOY_PORT})
 * @param user       user ({@code CCHC_DEPLOY_USER})
 * @param key        private key: a file, or the key itself ({@code CCHC_DEPLOY_KEY}); see {@link DeployKey}
 * @param root       remote folder holding {@code releases/} and {@code current} ({@code CCHC_DEPLOY_ROOT})
 * @param knownHosts known_hosts file with the server's key ({@code CCHC_DEPLOY_KNOWN_HOSTS})
 * @param keep       releases kept, the live one included ({@code CCHC_DEPLOY_KEEP}), default 5
 */
public record DeployConfig(String host, int port, String user, DeployKey key, String root, Path knownHosts, int keep) {

    /**
     * Reads {@code site.yml} and the environment. Missing required values are reported by {@link #missing()}.
     *
     * @throws DeployException when {@code port} or {@code keep} is not a whole number
     */
    public static DeployConfig load(Path siteRoot, Map<String, String> env) throws IOException, DeployException {
        Map<?, ?> section = Map.of();
        Path file = siteRoot.resolve("site.yml");
        if (Files.isRegularFile(file)) {
            Object all = new Yaml(new SafeConstructor(new LoaderOptions()))
                    .load(Files.readString(file, StandardCharsets.UTF_8));
            if (all instanceof Map<?, ?> m && m.get("deploy") instanceof Map<?, ?> d) {
                section = d;
            }
        }
        String host = value(env, "CCHC_DEPLOY_HOST", section, "host", "");
        int port = number(value(env, "CCHC_DEPLOY_PORT", section, "port", "22"), "deploy.port hoặc CCHC_DEPLOY_PORT");
        String user = value(env, "CCHC_DEPLOY_USER", section, "user", "");
        String key = value(env, "CCHC_DEPLOY_KEY", section, "key", "");
        String root = value(env, "CCHC_DEPLOY_ROOT", section, "root", "");
        String known = value(env, "CCHC_DEPLOY_KNOWN_HOSTS", section, "known_hosts",
                Path.of(System.getProperty("user.home"), ".ssh", "known_hosts").toString());
        int keep = number(value(env, "CCHC_DEPLOY_KEEP", section, "keep", "5"), "deploy.keep hoặc CCHC_DEPLOY_KEEP");
        return new DeployConfig(host, port, user, DeployKey.of(key), root,
                Path.of(known), Math.max(2, keep));
    }

    private static int number(String value, String where) throws DeployException {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new DeployException("Giá trị \"" + value + "\" của " + where + " phải là một số nguyên, ví dụ 22.");
        }
    }

    private static String value(Map<String, String> env, String var, Map<?, ?> section, String key, String fallback) {
        String v = env.get(var);
        if (v != null && !v.isBlank()) {
            return v.strip();
        }
        Object s = section.get(key);
        return s == null ? fallback : String.valueOf(s).strip();
    }

    /** Vietnamese description of what is missing, or empty when the configuration is complete. */
    public String missing() {
        StringBuilder out = new StringBuilder();
        if (host.isEmpty()) {
            out.append("máy chủ (deploy.host hoặc CCHC_DEPLOY_HOST); ");
        }
        if (user.isEmpty()) {
            out.append("tài khoản (deploy.user hoặc CCHC_DEPLOY_USER); ");
        }
        if (key == null) {
            out.append("tệp khóa SSH (deploy.key hoặc CCHC_DEPLOY_KEY); ");
        }
        if (root.isEmpty()) {
            out.append("thư mục trên máy chủ (deploy.root hoặc CCHC_DEPLOY_ROOT); ");
        }
        return out.toString();
    }
}
