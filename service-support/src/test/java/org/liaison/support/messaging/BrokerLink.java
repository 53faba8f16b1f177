package org.liaison.support.messaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The network between the clients and the test broker: a TCP relay on the port the broker advertises, which a test
 * may cut, as a network partition does (the broker still runs; whatever the clients send is lost, no answer comes
 * back, and no new connection gets through), and restore (the connections that were cut are closed, as a partition
 * that heals leaves them broken, and the clients connect again).
 */
final class BrokerLink implements AutoCloseable {

    private final ServerSocket server;
    private final int brokerPort;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile boolean cut;

    BrokerLink(int port, int brokerPort) {
        this.brokerPort = brokerPort;
        try {
            server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        daemon("broker-link-accept", this::accept);
    }

    /** From now on nothing gets through, in either direction. */
    void cut() {
        cut = true;
    }

    /** Closes the connections that were cut; new ones get through again. */
    void restore() {
        sockets.forEach(BrokerLink::closeQuietly);
        sockets.clear();
        cut = false;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                sockets.add(client);
                daemon("broker-link-connect", () -> connect(client));
            } catch (IOException e) {
                // closed
            }
        }
    }

    private void connect(Socket client) {
        while (cut && !client.isClosed()) {
            pause();
        }
        if (client.isClosed()) {
            return;
        }
        try {
            Socket broker = new Socket(InetAddress.getLoopbackAddress(), brokerPort);
            sockets.add(broker);
            daemon("broker-link-up", () -> pump(client, broker));
            daemon("broker-link-down", () -> pump(broker, client));
        } catch (IOException e) {
            // the broker is not running: the client sees its connection closed, as it would
            closeQuietly(client);
        }
    }

    /** Copies one direction; while the link is cut, what arrives is dropped. */
    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                if (!cut) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            }
        } catch (IOException e) {
            // one side closed
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    @Override
    public void close() {
        closeQuietly(server);
        restore();
    }

    private static void daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // already closed
        }
    }
}
