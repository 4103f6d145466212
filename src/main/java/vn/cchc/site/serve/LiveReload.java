package vn.cchc.site.serve;

import vn.cchc.site.check.InlineJson;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Server-sent events to the open preview pages: {@code reload} after a good rebuild, {@code loi}
 * (error) with the problems as text after a failed one. Browsers need no plug-in.
 */
final class LiveReload {
    /** The script injected into served HTML (never into the baked site of {@code build}). */
    static final String SCRIPT = """
            (function () {
              var box = null;
              function show(text) {
                if (!box) {
                  box = document.createElement("div");
                  box.id = "cchc-loi";
                  box.setAttribute("role", "alert");
                  box.style.cssText = "position:fixed;inset:0;overflow:auto;z-index:99999;background:#fff;"
                    + "color:#1a1a1a;padding:1.5rem;font:16px/1.5 system-ui,sans-serif;border-top:6px solid #a30d11";
                  document.body.appendChild(box);
                }
                box.innerHTML = "";
                var h = document.createElement("h1");
                h.textContent = "Nội dung có lỗi – trang web chưa được cập nhật";
                h.style.color = "#a30d11";
                var p = document.createElement("p");
                p.textContent = "Sửa các lỗi dưới đây rồi lưu tệp; trang sẽ tự tải lại. Trang đang xem là bản tốt gần nhất.";
                var pre = document.createElement("pre");
                pre.textContent = text;
                pre.style.whiteSpace = "pre-wrap";
                box.appendChild(h); box.appendChild(p); box.appendChild(pre);
              }
              var es = new EventSource("/__cchc/su-kien");
              es.addEventListener("reload", function () { location.reload(); });
              es.addEventListener("loi", function (e) { show(JSON.parse(e.data)); });
            })();
            """;

    private final List<OutputStream> clients = new CopyOnWriteArrayList<>();

    void add(OutputStream client) {
        clients.add(client);
    }

    int clients() {
        return clients.size();
    }

    void reload() {
        send("reload", InlineJson.write("ok"));
    }

    void error(String problems) {
        send("loi", InlineJson.write(problems));
    }

    private void send(String event, String data) {
        byte[] bytes = ("event: " + event + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8);
        for (OutputStream client : clients) {
            try {
                client.write(bytes);
                client.flush();
            } catch (IOException e) {
                clients.remove(client);
            }
        }
    }
}
