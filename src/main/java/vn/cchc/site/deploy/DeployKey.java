package vn.cchc.site.deploy;

import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.util.security.SecurityUtils;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.regex.Pattern;

/**
 * The SSH private key {@code deploy} logs in with, as {@code deploy.key} or {@code CCHC_DEPLOY_KEY}
 * gives it: the path of a key file, or (what a CI secret of the "variable" kind holds) the key
 * itself, which is then read in memory and never written anywhere. Key material is never shown:
 * {@link #toString()} and every message name only a file, or the setting.
 */
public final class DeployKey {
    private static final Pattern BASE64_RUN = Pattern.compile("[A-Za-z0-9+/=]{60,}");
    private static final String KEY_HINT = "Dùng khóa Ed25519, ECDSA hoặc RSA không đặt mật khẩu, "
            + "tạo bằng: ssh-keygen -t ed25519 -N \"\" -f cchc_deploy";

    private final Path file;
    private final String material;

    private DeployKey(Path file, String material) {
        this.file = file;
        this.material = material;
    }

    /** A key file. */
    public static DeployKey file(Path file) {
        return new DeployKey(file, null);
    }

    /** The setting's value: key material when it holds a PEM/OpenSSH key, else the path of a key file; null when empty. */
    public static DeployKey of(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.contains("PRIVATE KEY") || value.contains("\n")) {
            String text = value.contains("\\n") && !value.contains("\n") ? value.replace("\\n", "\n") : value;
            return new DeployKey(null, text.strip() + "\n");
        }
        return new DeployKey(Path.of(value), null);
    }

    /** Loads the key pair. */
    public KeyPair load() throws DeployException {
        try (InputStream in = open()) {
            Iterable<KeyPair> keys = SecurityUtils.loadKeyPairIdentities(null, NamedResource.ofName(toString()), in, null);
            if (keys != null) {
                for (KeyPair k : keys) {
                    return k;
                }
            }
            throw new DeployException(capitalised() + " không chứa khóa SSH riêng. " + KEY_HINT);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            // the library's message may quote what it failed to parse: never show it for key material
            if (material != null || looksLikeKey()) {
                throw new DeployException("Không đọc được " + this + ". Dán đủ cả khóa, kể cả dòng \"-----BEGIN\" "
                        + "và \"-----END\", hoặc ghi khóa vào tệp và đặt CCHC_DEPLOY_KEY là đường dẫn tệp đó. " + KEY_HINT);
            }
            throw new DeployException("Không đọc được " + this + ": " + e.getMessage() + ". " + KEY_HINT, e);
        }
    }

    private InputStream open() throws IOException {
        return material != null ? new ByteArrayInputStream(material.getBytes(StandardCharsets.UTF_8))
                : Files.newInputStream(file);
    }

    private String capitalised() {
        String s = toString();
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** What to call the key in messages: the file when it is safe to show, never the key material. */
    @Override
    public String toString() {
        if (material != null) {
            return "khóa SSH ghi trực tiếp trong CCHC_DEPLOY_KEY (nội dung không được in ra)";
        }
        if (looksLikeKey()) {
            return "khóa SSH ở CCHC_DEPLOY_KEY (giá trị không phải đường dẫn tới tệp có sẵn; không in ra)";
        }
        return "tệp khóa SSH " + file;
    }

    /** Whether the "path" is no file but looks like a piece of a key (a long base64 run): not shown either. */
    private boolean looksLikeKey() {
        return file != null && !Files.exists(file) && BASE64_RUN.matcher(file.toString()).find();
    }
}
