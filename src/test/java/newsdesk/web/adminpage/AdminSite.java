package newsdesk.web.adminpage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A browser's requests to the admin pages of a running service, made with a plain HTTP client: forms posted as a
 * browser posts them (url-encoded, or multipart with files), the session cookie sent back by hand.
 */
final class AdminSite {

    static final String TOKEN = "s3cret-admin-token";
    private static final String BOUNDARY = "newsdesk-admin-page-boundary";

    private final HttpClient client = HttpClient.newHttpClient();
    private final int port;

    AdminSite(int port) {
        this.port = port;
    }

    /** A file chosen in the upload form's file field. */
    record Chosen(String filename, String content) {
    }

    URI at(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    HttpResponse<String> signIn(String token) {
        return send(HttpRequest.newBuilder(at("/admin/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + URLEncoder.encode(token, StandardCharsets.UTF_8))));
    }

    /** The session cookie's {@code name=value}, from a successful sign-in. */
    String session() {
        String setCookie = signIn(TOKEN).headers().firstValue("Set-Cookie").orElseThrow();
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    HttpResponse<String> get(String path, String cookie) {
        return send(HttpRequest.newBuilder(at(path)).header("Cookie", cookie).GET());
    }

    HttpResponse<String> getPublic(String path) {
        return send(HttpRequest.newBuilder(at(path)).GET());
    }

    HttpResponse<String> post(String path, String cookie, Map<String, String> form) {
        String body = String.join("&", form.entrySet().stream().map(field -> field.getKey() + "="
                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).toList());
        return send(HttpRequest.newBuilder(at(path)).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The upload form of /admin/pages, posted as a browser posts it: multipart, one part per chosen file. */
    HttpResponse<String> upload(String cookie, String date, String page, List<Chosen> files) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (List<String> field : List.of(List.of("date", date), List.of("page", page))) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field.get(0) + "\"\r\n\r\n"
                    + field.get(1) + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        for (Chosen file : files) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                    + file.filename() + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.content().getBytes(StandardCharsets.UTF_8));
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(at("/admin/pages")).header("Cookie", cookie)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
