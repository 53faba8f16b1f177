package org.liaison.dashboard.webhook;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One webhook POST over HTTP/1.1, made by hand rather than with {@code java.net.http.HttpClient} for three reasons:
 * <ul>
 *   <li>it connects to an address {@link TargetGuard} checked ({@link TargetGuard.Target}), while the Host header,
 *       TLS SNI and the certificate check keep the URL's name; HttpClient would look the name up again;</li>
 *   <li>the whole exchange (connect, TLS, request, status line) has one deadline: a watchdog closes the socket when
 *       it passes, whatever the receiver does; HttpClient's timeout ends with the response headers;</li>
 *   <li>the answer ends at its status line: the body is never read, so a receiver that dribbles one costs nothing.</li>
 * </ul>
 * Failures come back as {@link Failure} with a generic reason ({@value #REFUSED}, {@value #TIMEOUT}, {@value #TLS},
 * ...) fit for the office's delivery log: the socket's own message would make the log a port-scanning oracle.
 */
final class WebhookSender {

    static final String REFUSED = "connection refused";
    static final String TIMEOUT = "timeout";
    static final String TLS = "TLS error";
    static final String FAILED = "connection failed";
    static final String BAD_ANSWER = "not an HTTP answer";

    /** The longest status or header line read (the status line is all that matters; 1xx headers are skipped). */
    private static final int LINE_MAX = 8 * 1024;
    /** Interim (1xx) answers skipped at most, with their headers. */
    private static final int INTERIM_MAX = 5;
    private static final int HEADERS_MAX = 100;

    /** A failed exchange, with a reason safe to show the office. */
    static final class Failure extends Exception {
        final String reason;

        Failure(String reason, Throwable cause) {
            super(reason, cause, false, false);
            this.reason = reason;
        }
    }

    private final SSLSocketFactory tls;
    private final ScheduledExecutorService watchdog;

    WebhookSender(SSLSocketFactory tls, ScheduledExecutorService watchdog) {
        this.tls = tls;
        this.watchdog = watchdog;
    }

    /**
     * POSTs {@code body} with {@code headers} to {@code target} and answers the status code, all before
     * {@code deadline}. Tries the checked addresses in turn while connecting is refused or unreachable.
     */
    int post(TargetGuard.Target target, Map<String, String> headers, byte[] body, Instant deadline) throws Failure {
        Failure last = new Failure(FAILED, null);
        for (InetAddress address : target.addresses()) {
            Socket socket = new Socket();
            AtomicBoolean expired = new AtomicBoolean();
            long left = Duration.between(Instant.now(), deadline).toMillis();
            if (left <= 0) {
                throw new Failure(TIMEOUT, null);
            }
            ScheduledFuture<?> alarm = watchdog.schedule(() -> {
                expired.set(true);
                closeQuietly(socket);
            }, left, TimeUnit.MILLISECONDS);
            try {
                try {
                    socket.connect(new InetSocketAddress(address, target.port()), (int) Math.max(1, left));
                } catch (IOException e) {
                    last = classify(e, expired.get());
                    if (last.reason.equals(TIMEOUT)) {
                        throw last;
                    }
                    continue;
                }
                return exchange(socket, target, headers, body, deadline, expired);
            } finally {
                alarm.cancel(false);
                closeQuietly(socket);
            }
        }
        throw last;
    }

    private int exchange(Socket plain, TargetGuard.Target target, Map<String, String> headers, byte[] body,
                         Instant deadline, AtomicBoolean expired) throws Failure {
        try {
            Socket socket = plain;
            if (target.tls()) {
                SSLSocket ssl = (SSLSocket) tls.createSocket(plain, target.host(), target.port(), true);
                SSLParameters parameters = ssl.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                parameters.setApplicationProtocols(new String[]{"http/1.1"});
                if (!isLiteral(target.host())) {
                    try {
                        parameters.setServerNames(List.of(new SNIHostName(target.host())));
                    } catch (IllegalArgumentException e) {
                        // A name SNI cannot carry: the certificate is still checked against it.
                    }
                }
                ssl.setSSLParameters(parameters);
                timeoutFor(ssl, deadline);
                ssl.startHandshake();
                socket = ssl;
            }
            timeoutFor(socket, deadline);
            OutputStream out = socket.getOutputStream();
            out.write(head(target, headers, body.length).getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            for (int interim = 0; ; interim++) {
                timeoutFor(socket, deadline);
                int status = status(readLine(in));
                if (status >= 200 || interim >= INTERIM_MAX) {
                    return status;
                }
                skipHeaders(in, socket, deadline);
            }
        } catch (IOException e) {
            throw classify(e, expired.get());
        }
    }

    /** The request line and headers; the body follows with its Content-Length, and the connection is not kept. */
    static String head(TargetGuard.Target target, Map<String, String> headers, int length) {
        URI ascii = URI.create(target.uri().toASCIIString());
        String path = ascii.getRawPath() == null || ascii.getRawPath().isEmpty() ? "/" : ascii.getRawPath();
        String query = ascii.getRawQuery() == null ? "" : "?" + ascii.getRawQuery();
        int defaultPort = target.tls() ? 443 : 80;
        String host = (target.host().contains(":") ? "[" + target.host() + "]" : target.host())
                + (target.port() == defaultPort ? "" : ":" + target.port());
        StringBuilder head = new StringBuilder("POST ").append(path).append(query).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        return head.append("Content-Length: ").append(length).append("\r\n")
                .append("Connection: close\r\n\r\n").toString();
    }

    private static int status(String line) throws IOException {
        // HTTP/1.1 200 OK
        if (!line.startsWith("HTTP/1.") || line.length() < 12 || line.charAt(8) != ' ') {
            throw new BadAnswer();
        }
        try {
            int status = Integer.parseInt(line.substring(9, 12));
            if (status < 100 || status > 599 || (line.length() > 12 && line.charAt(12) != ' ')) {
                throw new BadAnswer();
            }
            return status;
        } catch (NumberFormatException e) {
            throw new BadAnswer();
        }
    }

    private static void skipHeaders(InputStream in, Socket socket, Instant deadline) throws IOException {
        for (int i = 0; i < HEADERS_MAX; i++) {
            timeoutFor(socket, deadline);
            if (readLine(in).isEmpty()) {
                return;
            }
        }
        throw new BadAnswer();
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (line.size() <= LINE_MAX) {
            int b = in.read();
            if (b < 0) {
                throw new BadAnswer();
            }
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        throw new BadAnswer();
    }

    private static void timeoutFor(Socket socket, Instant deadline) throws IOException {
        long left = Duration.between(Instant.now(), deadline).toMillis();
        if (left <= 0) {
            throw new SocketTimeoutException();
        }
        socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, left));
    }

    private static Failure classify(IOException e, boolean expired) {
        if (expired || e instanceof SocketTimeoutException) {
            return new Failure(TIMEOUT, e);
        }
        if (e instanceof BadAnswer) {
            return new Failure(BAD_ANSWER, e);
        }
        if (e instanceof SSLException) {
            return new Failure(TLS, e);
        }
        if (e instanceof ConnectException && e.getMessage() != null && e.getMessage().contains("refused")) {
            return new Failure(REFUSED, e);
        }
        return new Failure(FAILED, e);
    }

    private static boolean isLiteral(String host) {
        return host.contains(":") || host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    /** The peer did not answer in HTTP/1.x. */
    private static final class BadAnswer extends IOException {
        BadAnswer() {
            super("not an HTTP/1.x answer");
        }
    }
}
