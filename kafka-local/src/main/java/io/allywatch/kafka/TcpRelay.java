package io.allywatch.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay from a local port to a server, that a test can cut: closing it drops every
 * connection, as when the server's host goes away, while the server itself (a shared PostgreSQL)
 * keeps running for everyone else. Opened again on the same port, it relays new connections.
 * Used by query-service's OutageIT and the end-to-end PostgresFaultPipelineIT to stop PostgreSQL for them.
 */
public final class TcpRelay {
    private final int port;
    private final InetSocketAddress target;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile ServerSocket server;

    public TcpRelay(int port, InetSocketAddress target) {
        this.port = port;
        this.target = target;
    }

    public synchronized void open() {
        try {
            ServerSocket s = new ServerSocket();
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            server = s;
        } catch (IOException e) {
            throw new UncheckedIOException("proxy port " + port, e);
        }
        Thread accepting = new Thread(this::accept, "tcp-proxy-accept-" + port);
        accepting.setDaemon(true);
        accepting.start();
    }

    private void accept() {
        ServerSocket s = server;
        while (!s.isClosed()) {
            Socket client;
            try {
                client = s.accept();
            } catch (IOException closed) {
                return;
            }
            try {
                Socket upstream = new Socket(target.getAddress(), target.getPort());
                sockets.add(client);
                sockets.add(upstream);
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException refused) {
                close(client);
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException closed) {
                // either side went away
            } finally {
                close(from);
                close(to);
            }
        }, "tcp-proxy-pump-" + port);
        t.setDaemon(true);
        t.start();
    }

    /** Stops relaying and drops every open connection. */
    public synchronized void cut() {
        if (server != null) {
            close(server);
            server = null;
        }
        sockets.forEach(TcpRelay::close);
        sockets.clear();
    }

    private static void close(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // already closed
        }
    }
}
