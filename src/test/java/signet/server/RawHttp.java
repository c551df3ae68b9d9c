package signet.server;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** HTTP/1.1 GET by hand, for tests that look at trailers (java.net.http does not show them). */
final class RawHttp {
    private RawHttp() {}

    record Reply(int status, Map<String, String> headers, String text, Map<String, String> trailers) {}

    static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    static byte[] request(String pathAndQuery, String accept) {
        return ("GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: " + accept
                + "\r\nTE: trailers\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    static Reply get(int port, String pathAndQuery, String accept) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(30_000);
            s.getOutputStream().write(request(pathAndQuery, accept));
            InputStream in = new BufferedInputStream(s.getInputStream());
            int status = Integer.parseInt(line(in).split(" ")[1]);
            Map<String, String> headers = fields(in);
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            Map<String, String> trailers = Map.of();
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                for (int size; (size = Integer.parseInt(line(in).split(";")[0].strip(), 16)) > 0; line(in))
                    body.write(in.readNBytes(size));
                trailers = fields(in);
            } else if (headers.containsKey("content-length")) {
                body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
            } else {
                in.transferTo(body);
            }
            return new Reply(status, headers, body.toString(StandardCharsets.UTF_8), trailers);
        }
    }

    private static Map<String, String> fields(InputStream in) throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        for (String l; !(l = line(in)).isEmpty(); ) {
            int c = l.indexOf(':');
            m.put(l.substring(0, c).strip().toLowerCase(Locale.ROOT), l.substring(c + 1).strip());
        }
        return m;
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int c; (c = in.read()) != '\n'; ) {
            if (c < 0) throw new IOException("the connection closed mid-answer after: " + b);
            if (c != '\r') b.append((char) c);
        }
        return b.toString();
    }
}
