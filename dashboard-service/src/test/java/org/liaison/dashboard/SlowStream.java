package org.liaison.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A stream client on a raw socket that reads slowly but steadily (8 KiB every 100 ms): the server cannot hand it a
 * long replay at once, so the replay stays busy for as long as the client takes, while its writes keep completing
 * (it is never cut off as stalled). The receive buffer is kept above the loopback MSS (64 KiB): below it, Linux
 * advertises a zero window until the buffer is empty and the sender falls back to backed-off window probes, which
 * stalls the stream for seconds at a time. {@link #status()} is the HTTP status the server answered.
 */
public final class SlowStream implements AutoCloseable {

    private final Socket socket;
    private final int status;
    private final Thread reader;
    private volatile long read;

    private SlowStream(Socket socket, int status) {
        this.socket = socket;
        this.status = status;
        this.reader = new Thread(this::readSlowly, "test-slow-stream");
        reader.setDaemon(true);
        if (status == 200) {
            reader.start();
        }
    }

    /** Opens {@code pathAndQuery} (e.g. {@code /stream?org=...}) on the server of {@code base}. */
    public static SlowStream open(URI base, String pathAndQuery, String token) throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(256 * 1024);
        socket.connect(new InetSocketAddress(base.getHost(), base.getPort()));
        socket.setSoTimeout(20_000);
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n"
                + "Authorization: Bearer " + token + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = socket.getInputStream();
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            line.append((char) c);
        }
        String[] parts = line.toString().trim().split(" ");
        int status = parts.length > 1 ? Integer.parseInt(parts[1]) : -1;
        return new SlowStream(socket, status);
    }

    public int status() {
        return status;
    }

    public long bytesRead() {
        return read;
    }

    private void readSlowly() {
        byte[] chunk = new byte[8192];
        try {
            InputStream in = socket.getInputStream();
            int n;
            while ((n = in.read(chunk)) >= 0) {
                read += n;
                Thread.sleep(Duration.ofMillis(100).toMillis());
            }
        } catch (IOException | InterruptedException e) {
            // closed
        }
    }

    @Override
    public void close() {
        reader.interrupt();
        try {
            socket.close();
        } catch (IOException e) {
            // gone
        }
    }
}
