package org.liaison.dashboard.webhook;

import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * M3 and H1 (security review) at the level of one exchange: over TLS the connection goes to the checked address
 * while SNI, the certificate check and the Host header keep the URL's name; the whole exchange has one deadline;
 * failures come back in general words.
 */
class WebhookSenderTest {

    private static final String NAME = "hooks.liaison.test";
    private static final char[] PASSWORD = "changeit".toCharArray();

    @TempDir
    static Path dir;
    private static SSLContext context;
    private static ScheduledExecutorService watchdog;

    @BeforeAll
    static void keys() throws Exception {
        Path store = dir.resolve("hooks.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "hooks", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=" + NAME,
                "-ext", "san=dns:" + NAME, "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD))
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(keytool.waitFor(60, TimeUnit.SECONDS) && keytool.exitValue() == 0, output);
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(store.toFile())) {
            keys.load(in, PASSWORD);
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, PASSWORD);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(keys);
        context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        watchdog = Executors.newSingleThreadScheduledExecutor();
    }

    @AfterAll
    static void stop() {
        watchdog.shutdownNow();
    }

    @Test
    void m3_overTlsTheCheckedAddressIsUsedWhileSniCertificateAndHostKeepTheName() throws Exception {
        try (SSLServerSocket server = (SSLServerSocket) context.getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            SSLParameters parameters = server.getSSLParameters();
            parameters.setSNIMatchers(List.of(SNIHostName.createSNIMatcher(".*")));
            server.setSSLParameters(parameters);
            CompletableFuture<String[]> seen = CompletableFuture.supplyAsync(() -> {
                try (SSLSocket socket = (SSLSocket) server.accept()) {
                    socket.startHandshake();
                    List<SNIServerName> names = ((ExtendedSSLSession) socket.getSession()).getRequestedServerNames();
                    String head = readHead(socket.getInputStream());
                    socket.getOutputStream()
                            .write("HTTP/1.1 204 No Content\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    socket.getOutputStream().flush();
                    return new String[]{names.isEmpty() ? "" : ((SNIHostName) names.get(0)).getAsciiName(), head};
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            int port = server.getLocalPort();
            WebhookSender sender = new WebhookSender(context.getSocketFactory(), watchdog);
            int status = sender.post(target("https://" + NAME + ":" + port + "/hook?x=1", NAME, port, true),
                    Map.of("Content-Type", "application/json"), "{}".getBytes(StandardCharsets.UTF_8),
                    Instant.now().plusSeconds(20));
            assertEquals(204, status);
            String[] got = seen.get(20, TimeUnit.SECONDS);
            assertEquals(NAME, got[0], "SNI names the host, not the address");
            assertTrue(got[1].startsWith("POST /hook?x=1 HTTP/1.1\r\nHost: " + NAME + ":" + port + "\r\n"), got[1]);
            assertTrue(got[1].contains("\r\nContent-Length: 2\r\n"), got[1]);
        }
    }

    @Test
    void m3_aCertificateForAnotherNameIsATlsError() throws Exception {
        try (SSLServerSocket server = (SSLServerSocket) context.getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture.runAsync(() -> {
                try (Socket socket = server.accept()) {
                    ((SSLSocket) socket).startHandshake();
                } catch (Exception expected) {
                    // the client gives up during the handshake
                }
            });
            int port = server.getLocalPort();
            WebhookSender sender = new WebhookSender(context.getSocketFactory(), watchdog);
            WebhookSender.Failure failure = assertThrows(WebhookSender.Failure.class, () -> sender.post(
                    target("https://other.liaison.test:" + port + "/hook", "other.liaison.test", port, true),
                    Map.of(), new byte[0], Instant.now().plusSeconds(20)));
            assertEquals(WebhookSender.TLS, failure.reason);
        }
    }

    @Test
    void h1_theDeadlineCoversTheWholeExchangeAndTheBodyIsNeverWaitedFor() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            int port = server.getLocalPort();
            // First connection: the status line, then a body that never ends. Second: silence.
            CompletableFuture.runAsync(() -> {
                try (Socket dribble = server.accept()) {
                    readHead(dribble.getInputStream());
                    dribble.getOutputStream().write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nx\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
                    dribble.getOutputStream().flush();
                    try (Socket silent = server.accept()) {
                        readHead(silent.getInputStream());
                        Thread.sleep(60_000);
                    }
                } catch (Exception ignored) {
                    // closed by the test
                }
            });
            WebhookSender sender = new WebhookSender(context.getSocketFactory(), watchdog);
            TargetGuard.Target target = target("http://127.0.0.1:" + port + "/hook", "127.0.0.1", port, false);
            assertEquals(200, sender.post(target, Map.of(), new byte[0], Instant.now().plusSeconds(30)),
                    "settled on the status line; the body would never end");
            Instant start = Instant.now();
            WebhookSender.Failure failure = assertThrows(WebhookSender.Failure.class,
                    () -> sender.post(target, Map.of(), new byte[0], Instant.now().plusSeconds(2)));
            assertEquals(WebhookSender.TIMEOUT, failure.reason);
            assertTrue(Duration.between(start, Instant.now()).compareTo(Duration.ofSeconds(50)) < 0,
                    "ended by the deadline, not by the receiver");
        }
    }

    @Test
    void m3_aRefusedConnectionSaysOnlyThat() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            port = probe.getLocalPort();
        }
        WebhookSender sender = new WebhookSender(context.getSocketFactory(), watchdog);
        WebhookSender.Failure failure = assertThrows(WebhookSender.Failure.class, () -> sender.post(
                target("http://127.0.0.1:" + port + "/", "127.0.0.1", port, false), Map.of(), new byte[0],
                Instant.now().plusSeconds(20)));
        assertEquals("connection refused", failure.reason);
    }

    private static TargetGuard.Target target(String url, String host, int port, boolean tls) {
        return new TargetGuard.Target(URI.create(url), host, port, tls, List.of(InetAddress.getLoopbackAddress()));
    }

    private static String readHead(InputStream in) throws Exception {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }
}
