package org.liaison.dashboard.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A misbehaving webhook receiver on a plain {@link ServerSocket}, one thread per connection: it reads each request
 * whole, then either answers {@code 200} and dribbles a chunked body one byte a second for as long as the client
 * listens ({@link #dribbling()}), never answers at all ({@link #hanging()}), or answers {@code 200} after a delay
 * ({@link #answeringAfter}). It records what it saw: the event ids, the Host headers, and how many of its
 * connections the client cut off before the receiver was done with them.
 */
final class SlowReceiver implements AutoCloseable {

    private enum Mode { DRIBBLE, HANG, DELAYED }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Mode mode;
    private volatile Duration delay;
    private final ServerSocket server;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final List<String> eventIds = new CopyOnWriteArrayList<>();
    private final List<String> hosts = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger cutOff = new AtomicInteger();
    private volatile boolean closed;

    private SlowReceiver(Mode mode, Duration delay, InetAddress bind, int port) throws IOException {
        this.mode = mode;
        this.delay = delay;
        this.server = new ServerSocket();
        server.bind(new InetSocketAddress(bind, port));
        Thread acceptor = new Thread(this::accept, "slow-receiver-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Answers 200 with a chunked body, then one byte a second, for as long as the client reads. */
    static SlowReceiver dribbling() throws IOException {
        return new SlowReceiver(Mode.DRIBBLE, Duration.ZERO, InetAddress.getLoopbackAddress(), 0);
    }

    /** Reads the request and never answers. */
    static SlowReceiver hanging() throws IOException {
        return new SlowReceiver(Mode.HANG, Duration.ZERO, InetAddress.getLoopbackAddress(), 0);
    }

    /** Answers 200 (no body) after {@code delay}. */
    static SlowReceiver answeringAfter(Duration delay) throws IOException {
        return new SlowReceiver(Mode.DELAYED, delay, InetAddress.getLoopbackAddress(), 0);
    }

    /** Answers 200 after {@code delay}, listening on {@code bind}:{@code port}. */
    static SlowReceiver answeringAfter(Duration delay, InetAddress bind, int port) throws IOException {
        return new SlowReceiver(Mode.DELAYED, delay, bind, port);
    }

    void answerAfter(Duration delay) {
        this.delay = delay;
    }

    String url() {
        return "http://127.0.0.1:" + port() + "/hook";
    }

    int port() {
        return server.getLocalPort();
    }

    /** Connections accepted so far. */
    int connections() {
        return connections.get();
    }

    /** Connections the client closed while this receiver still had something to send or was still waiting. */
    int cutOff() {
        return cutOff.get();
    }

    List<String> eventIds() {
        return List.copyOf(eventIds);
    }

    List<String> hosts() {
        return List.copyOf(hosts);
    }

    private void accept() {
        while (!closed) {
            try {
                Socket socket = server.accept();
                connections.incrementAndGet();
                open.add(socket);
                Thread t = new Thread(() -> serve(socket), "slow-receiver-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = socket.getInputStream();
            int length = readHead(in);
            byte[] body = in.readNBytes(Math.max(length, 0));
            try {
                eventIds.add(JSON.readTree(body).path("id").asText());
            } catch (IOException e) {
                eventIds.add("");
            }
            OutputStream out = socket.getOutputStream();
            switch (mode) {
                case DRIBBLE -> {
                    out.write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    while (!closed) {
                        out.write("1\r\nx\r\n".getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                        Thread.sleep(1000);
                    }
                }
                case HANG -> {
                    if (in.read() < 0 && !closed) {
                        cutOff.incrementAndGet();
                    }
                }
                case DELAYED -> {
                    Thread.sleep(delay.toMillis());
                    out.write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
            }
        } catch (IOException e) {
            if (!closed) {
                cutOff.incrementAndGet();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            open.remove(socket);
        }
    }

    /** Reads the request line and headers; records Host; answers Content-Length (or -1). */
    private int readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed before the end of the headers");
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        int length = -1;
        for (String line : head.toString(StandardCharsets.ISO_8859_1).split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            if (name.equals("host")) {
                hosts.add(value);
            } else if (name.equals("content-length")) {
                length = Integer.parseInt(value);
            }
        }
        return length;
    }

    @Override
    public void close() throws IOException {
        closed = true;
        server.close();
        for (Socket socket : open) {
            socket.close();
        }
    }
}
