package cn.samr.livestream.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

/**
 * A plain TCP forwarder between the application and its database server, for tests that take the
 * database away: {@link #cutWhenClientSends} severs every connection (and refuses new ones) the
 * moment the application sends a given SQL statement, before the server sees it; {@link #restore}
 * listens again on the same port. Nothing in between understands the protocol: the driver and the
 * pool see what they would see if the server died.
 */
final class TcpLink implements AutoCloseable {

  private final String targetHost;
  private final int targetPort;
  private final int port;
  private final Set<Socket> applicationSide = ConcurrentHashMap.newKeySet();
  private final Set<Socket> databaseSide = ConcurrentHashMap.newKeySet();
  /** From the cut until the port listens again no byte passes, in either direction. */
  private volatile boolean severed;
  private volatile ServerSocket server;
  private volatile List<byte[]> trigger;
  private volatile CountDownLatch cut = new CountDownLatch(1);
  private volatile long cutAt;

  private TcpLink(String targetHost, int targetPort) throws IOException {
    this.targetHost = targetHost;
    this.targetPort = targetPort;
    this.server = listen(0);
    this.port = server.getLocalPort();
    acceptInBackground(server);
  }

  static TcpLink to(String host, int port) throws IOException {
    return new TcpLink(host, port);
  }

  int port() {
    return port;
  }

  /**
   * Arms the link: the first packet from the application that contains {@code sql} (as UTF-8, as
   * MySQL's protocol sends it, or UTF-16, as H2's does) is not forwarded; instead every connection is
   * closed and the port stops listening.
   */
  void cutWhenClientSends(String sql) {
    cut = new CountDownLatch(1);
    trigger = List.of(sql.getBytes(StandardCharsets.UTF_8), sql.getBytes(StandardCharsets.UTF_16BE));
  }

  boolean wasCut() {
    return cut.getCount() == 0;
  }

  /** When the link was cut, as {@link System#nanoTime()}. */
  long cutAt() {
    return cutAt;
  }

  /** The database is back: the port listens again. */
  synchronized void restore() throws IOException {
    if (server.isClosed()) {
      severed = false;
      server = listen(port);
      acceptInBackground(server);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    trigger = null;
    server.close();
    applicationSide.forEach(TcpLink::closeQuietly);
    databaseSide.forEach(TcpLink::closeQuietly);
  }

  private synchronized void sever() {
    severed = true;
    cutAt = System.nanoTime();
    trigger = null;
    // counted before the sockets close: the application's answer, which follows their closing, may reach the test
    // before this thread runs again
    cut.countDown();
    closeQuietly(server);
    // the application's end first: nothing the database says about its lost connection reaches it
    applicationSide.forEach(TcpLink::closeQuietly);
    databaseSide.forEach(TcpLink::closeQuietly);
  }

  private static ServerSocket listen(int port) throws IOException {
    ServerSocket socket = new ServerSocket();
    socket.setReuseAddress(true);
    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    return socket;
  }

  private void acceptInBackground(ServerSocket listening) {
    Thread acceptor = new Thread(() -> {
      while (!listening.isClosed()) {
        try {
          Socket client = listening.accept();
          Socket database = new Socket(targetHost, targetPort);
          applicationSide.add(client);
          databaseSide.add(database);
          pump(client, database, true);
          pump(database, client, false);
        } catch (IOException closed) {
          // the port was closed: the database is "down"
        }
      }
    }, "tcp-link-accept-" + port);
    acceptor.setDaemon(true);
    acceptor.start();
  }

  private void pump(Socket from, Socket to, boolean fromApplication) {
    Thread pump = new Thread(() -> {
      byte[] buffer = new byte[64 * 1024];
      byte[] previous = new byte[0];
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        for (int n; (n = in.read(buffer)) > 0; ) {
          if (fromApplication && trigger != null) {
            // the tail of the previous packet too: a statement may straddle two reads
            byte[] window = new byte[previous.length + n];
            System.arraycopy(previous, 0, window, 0, previous.length);
            System.arraycopy(buffer, 0, window, previous.length, n);
            if (trigger != null && trigger.stream().anyMatch(t -> contains(window, t))) {
              sever();
              return;
            }
            previous = java.util.Arrays.copyOfRange(window, Math.max(0, window.length - 512), window.length);
          }
          if (severed) {
            return;
          }
          out.write(buffer, 0, n);
          out.flush();
        }
      } catch (IOException closed) {
        // one side went away
      } finally {
        closeQuietly(from);
        closeQuietly(to);
        applicationSide.remove(fromApplication ? from : to);
        databaseSide.remove(fromApplication ? to : from);
      }
    }, "tcp-link-pump-" + port);
    pump.setDaemon(true);
    pump.start();
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception ignored) {
      // already closed
    }
  }
}
