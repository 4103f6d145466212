package vn.cchc.site.editor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who may talk to the preview and to the web editor's local backend. The preview listens on
 * loopback only, but a web page open in the editor's browser can still send requests to it
 * (directly, or under its own name after DNS rebinding). So:
 * <ul>
 *   <li>every request must name the preview itself in {@code Host} ({@code 127.0.0.1:port} or
 *       {@code localhost:port}), which a rebound name never does;</li>
 *   <li>a request carrying an {@code Origin} must come from the preview's own origin;</li>
 *   <li>an API call must be a {@code POST} with a JSON body ({@code application/json}, which a
 *       page of another origin cannot send without a CORS preflight that is never granted) and
 *       carry {@link #HEADER} with this session's random token, which only {@code /admin/} of this
 *       preview receives.</li>
 * </ul>
 */
public final class EditorAccess {
    /** Request header carrying the session token. */
    public static final String HEADER = "X-CCHC-Token";

    private final String token;
    private final List<String> hosts;
    private final List<String> origins;

    /** A refused request: the HTTP status to answer and why, in Vietnamese. */
    public record Refusal(int status, String reason) {
    }

    /** @param port the port the preview is bound to on loopback */
    public EditorAccess(int port) {
        this(port, newToken());
    }

    EditorAccess(int port, String token) {
        this.token = token;
        this.hosts = List.of("127.0.0.1:" + port, "localhost:" + port);
        this.origins = hosts.stream().map(h -> "http://" + h).toList();
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** This session's token (given to {@code /admin/} only). */
    public String token() {
        return token;
    }

    /** Checks {@code Host} and {@code Origin}, for every request to the preview. */
    public Optional<Refusal> checkSite(String host, String origin) {
        if (host == null || !hosts.contains(host.toLowerCase(Locale.ROOT))) {
            return Optional.of(new Refusal(403, "Địa chỉ (Host) không phải của trang xem thử; hãy mở "
                    + "http://" + hosts.get(0) + "/ (yêu cầu bị từ chối để chống DNS rebinding)."));
        }
        if (origin != null && !origins.contains(origin.toLowerCase(Locale.ROOT))) {
            return Optional.of(new Refusal(403, "Yêu cầu đến từ trang web khác (" + origin
                    + ") nên bị từ chối."));
        }
        return Optional.empty();
    }

    /** Checks an API call: method, content type and token (after {@link #checkSite}). */
    public Optional<Refusal> checkApi(String method, String contentType, String givenToken) {
        if (!"POST".equals(method)) {
            return Optional.of(new Refusal(405, "API của trình soạn bài chỉ nhận POST."));
        }
        if (givenToken == null || !MessageDigest.isEqual(givenToken.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8))) {
            return Optional.of(new Refusal(403, "Thiếu hoặc sai mã phiên (" + HEADER + "): mở trình soạn bài "
                    + "từ trang /admin/ của lệnh serve --editor đang chạy."));
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";", 2)[0].strip();
        if (!type.equals("application/json")) {
            return Optional.of(new Refusal(415, "API của trình soạn bài chỉ nhận nội dung JSON "
                    + "(Content-Type: application/json)."));
        }
        return Optional.empty();
    }

    /**
     * The script that {@code /admin/} loads before Decap CMS: it adds the token to the calls Decap
     * makes to the local backend (Decap itself has no setting for an extra header).
     */
    public String adminScript() {
        return "<script>(function(){var t=\"" + token + "\",f=window.fetch;window.fetch=function(u,o){"
                + "var s=typeof u===\"string\"?u:(u&&u.url)||\"\";if(s.indexOf(\"/api/v1\")>=0){o=Object.assign({},o);"
                + "var h=new Headers(o.headers||{});h.set(\"" + HEADER + "\",t);o.headers=h;}"
                + "return f.call(this,u,o);};})();</script>";
    }
}
