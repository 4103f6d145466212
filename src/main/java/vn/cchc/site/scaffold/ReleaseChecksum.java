package vn.cchc.site.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

/** The SHA-256 of a release file, by downloading it once: what a new site pins (trust on first use, like a lock file). */
public final class ReleaseChecksum {
    private ReleaseChecksum() {
    }

    /** The lower-case hex SHA-256 of what {@code url} serves, or empty when it cannot be downloaded. */
    public static Optional<String> of(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                    .connectTimeout(Duration.ofSeconds(20)).build();
            HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    return Optional.empty();
                }
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                new DigestInputStream(in, digest).transferTo(java.io.OutputStream.nullOutputStream());
                return Optional.of(HexFormat.of().formatHex(digest.digest()));
            }
        } catch (IOException | IllegalArgumentException | NoSuchAlgorithmException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
