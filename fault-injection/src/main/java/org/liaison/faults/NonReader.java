package org.liaison.faults;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A stream client that sends its request and then never reads a byte, with a small receive buffer (as a stalled
 * browser tab or a client stuck behind a slow link), so that the server's writes to it back up quickly. The server
 * must cut it off by itself (write-stall timeout or max-queued-per-client) without slowing anyone else.
 */
final class NonReader implements AutoCloseable {

    private final Socket socket = new Socket();

    NonReader(String baseUrl, String token) throws IOException {
        URI uri = URI.create(baseUrl);
        socket.setReceiveBufferSize(4096); // before connect, so the window it advertises stays small
        socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5000);
        String request = "GET /stream HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                + "\r\nAccept: text/event-stream\r\nAuthorization: Bearer " + token + "\r\n\r\n";
        socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
    }

    /**
     * Reads now what the server sent (after the fact: the client never read before) and tells whether the server
     * has closed the connection: end of stream or reset within {@code within}; false if it is still open.
     *
     * @param head receives the first bytes, so that the status line can be checked
     */
    boolean closedByServer(Duration within, StringBuilder head) throws IOException {
        socket.setSoTimeout((int) Math.max(1, within.toMillis()));
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[16384];
        long deadline = System.nanoTime() + within.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                int n = in.read(buffer);
                if (n < 0) {
                    return true;
                }
                if (head.length() < 200) {
                    head.append(new String(buffer, 0, Math.min(n, 200 - head.length()), StandardCharsets.ISO_8859_1));
                }
            }
            return false;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // reset: the server closed it with unsent data
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // gone
        }
    }
}
