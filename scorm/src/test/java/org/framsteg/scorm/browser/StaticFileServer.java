package org.framsteg.scorm.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves folders over HTTP on 127.0.0.1 at an ephemeral port, with byte ranges (media elements seek
 * with them). Folders mounted as static may be cached by the browser; others never are, since tests
 * write new files into them.
 *
 * <pre>{@code
 * try (StaticFileServer server = StaticFileServer.start()) {
 *   URI base = server.mount("pkg-1", packageDir);   // http://127.0.0.1:PORT/pkg-1/
 * }
 * }</pre>
 */
final class StaticFileServer implements AutoCloseable {
  private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");
  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("html", "text/html; charset=utf-8"),
          Map.entry("js", "text/javascript; charset=utf-8"),
          Map.entry("css", "text/css; charset=utf-8"),
          Map.entry("json", "application/json"),
          Map.entry("vtt", "text/vtt; charset=utf-8"),
          Map.entry("wav", "audio/wav"),
          Map.entry("mp3", "audio/mpeg"),
          Map.entry("mp4", "video/mp4"),
          Map.entry("webm", "video/webm"),
          Map.entry("png", "image/png"),
          Map.entry("xml", "application/xml"),
          Map.entry("map", "application/json"));

  private final HttpServer server;
  private final ExecutorService executor;
  private final Map<String, Path> mounts = new ConcurrentHashMap<>();
  private final Map<String, Boolean> cacheable = new ConcurrentHashMap<>();

  private StaticFileServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  static StaticFileServer start() throws IOException {
    HttpServer http =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    ExecutorService executor =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "static-file-server");
              t.setDaemon(true);
              return t;
            });
    StaticFileServer server = new StaticFileServer(http, executor);
    http.createContext("/", server::handle);
    http.setExecutor(executor);
    http.start();
    return server;
  }

  /** Serves {@code folder} under {@code /name/}, uncached; returns that base URL. */
  URI mount(String name, Path folder) {
    return mount(name, folder, false);
  }

  /** Serves a folder whose files do not change during the run; the browser may cache them. */
  URI mountStatic(String name, Path folder) {
    return mount(name, folder, true);
  }

  private URI mount(String name, Path folder, boolean isStatic) {
    if (!name.matches("[A-Za-z0-9._-]+")) {
      throw new IllegalArgumentException("mount name must be one path segment, was " + name);
    }
    mounts.put(name, folder.toAbsolutePath().normalize());
    cacheable.put(name, isStatic);
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + name + "/");
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      String path = exchange.getRequestURI().getPath();
      Path file = resolve(path);
      if (file == null) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      boolean isStatic = cacheable.getOrDefault(path.split("/", 3)[1], false);
      exchange
          .getResponseHeaders()
          .set("Cache-Control", isStatic ? "public, max-age=3600" : "no-store");
      send(exchange, file, method.equals("HEAD"));
    } catch (IOException e) {
      // The browser dropped the connection (it often does mid-media); nothing to answer.
    }
  }

  private Path resolve(String path) {
    String[] parts = path.split("/", 3);
    if (parts.length < 3 || !mounts.containsKey(parts[1])) {
      return null;
    }
    Path root = mounts.get(parts[1]);
    Path file = root.resolve(parts[2]).normalize();
    return file.startsWith(root) && Files.isRegularFile(file) ? file : null;
  }

  private static void send(HttpExchange exchange, Path file, boolean headOnly) throws IOException {
    long size = Files.size(file);
    String name = file.getFileName().toString();
    String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    exchange
        .getResponseHeaders()
        .set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
    exchange.getResponseHeaders().set("Accept-Ranges", "bytes");
    long start = 0;
    long end = size - 1;
    int status = 200;
    String range = exchange.getRequestHeaders().getFirst("Range");
    Matcher m = range == null ? null : RANGE.matcher(range.trim());
    if (m != null && m.matches() && !(m.group(1).isEmpty() && m.group(2).isEmpty())) {
      if (m.group(1).isEmpty()) {
        start = Math.max(0, size - Long.parseLong(m.group(2)));
      } else {
        start = Long.parseLong(m.group(1));
        end = m.group(2).isEmpty() ? size - 1 : Math.min(size - 1, Long.parseLong(m.group(2)));
      }
      if (start > end || start >= size) {
        exchange.getResponseHeaders().set("Content-Range", "bytes */" + size);
        exchange.sendResponseHeaders(416, -1);
        return;
      }
      status = 206;
      exchange.getResponseHeaders().set("Content-Range", "bytes " + start + "-" + end + "/" + size);
    }
    long length = end - start + 1;
    if (headOnly) {
      exchange.getResponseHeaders().set("Content-Length", Long.toString(length));
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, length == 0 ? -1 : length);
    try (SeekableByteChannel channel = Files.newByteChannel(file);
        OutputStream out = exchange.getResponseBody()) {
      channel.position(start);
      InputStream in = Channels.newInputStream(channel);
      byte[] buffer = new byte[64 * 1024];
      long left = length;
      while (left > 0) {
        int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
        if (n < 0) {
          break;
        }
        out.write(buffer, 0, n);
        left -= n;
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
