package org.invitemanager.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback TCP proxy between the app and a test server, which a test can make misbehave the way networks do: hold
 * the bytes going one way or both (a link that stops answering), and cut every connection (a dropped link). Held
 * bytes are delivered on {@link #resume()}, or lost with the connection if it is cut or closed first.
 */
public final class TcpProxy implements AutoCloseable {

    /** Which way bytes flow. */
    public enum Direction { TO_SERVER, TO_CLIENT }

    private static final int POLL_MILLIS = 20;

    private final ServerSocket listener;
    private final String targetHost;
    private final int targetPort;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final Gate toServer = new Gate();
    private final Gate toClient = new Gate();
    private final AtomicLong heldToClient = new AtomicLong();
    private final AtomicLong accepted = new AtomicLong();
    private final java.util.concurrent.atomic.AtomicInteger holdAfterWrites = new java.util.concurrent.atomic.AtomicInteger();
    private volatile boolean closed;

    public TcpProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "tcp-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Connections accepted so far, reconnects included. */
    public long connectionsAccepted() {
        return accepted.get();
    }

    /** Holds the bytes that flow one way, from now until {@link #resume()}; connections stay open. */
    public void hold(Direction direction) {
        gate(direction).close();
    }

    /**
     * Holds what the server sends from the moment the client has sent {@code writes} more chunks: the stream is
     * encrypted, so this counts the client's requests (a two-stage command is two) instead of reading them.
     */
    public void holdRepliesAfterClientWrites(int writes) {
        holdAfterWrites.set(writes);
    }

    /** Holds both ways: the server seems to stop answering, and new connections get nowhere. */
    public void pause() {
        toServer.close();
        toClient.close();
    }

    /** Lets held bytes through, and everything after them. */
    public void resume() {
        toServer.open();
        toClient.open();
    }

    /** Bytes the server sent that are held back from the client now. */
    public long heldToClient() {
        return heldToClient.get();
    }

    /** Closes every connection through the proxy at once, losing what was held; it keeps accepting new ones. */
    public void cutAll() {
        for (Socket socket : sockets) {
            closeQuietly(socket);
        }
        sockets.clear();
    }

    @Override
    public void close() {
        closed = true;
        closeQuietly(listener);
        resume();
        cutAll();
    }

    private Gate gate(Direction direction) {
        return direction == Direction.TO_SERVER ? toServer : toClient;
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket client = listener.accept();
                accepted.incrementAndGet();
                sockets.add(client);
                Thread opener = new Thread(() -> connect(client), "tcp-proxy-connect");
                opener.setDaemon(true);
                opener.start();
            } catch (IOException e) {
                if (!closed) {
                    System.err.println("tcp proxy: accept failed: " + e);
                }
                return;
            }
        }
    }

    private void connect(Socket client) {
        Socket server;
        try {
            server = new Socket(targetHost, targetPort);
        } catch (IOException e) {
            // Like a server that is down: the client sees its connection closed.
            sockets.remove(client);
            closeQuietly(client);
            return;
        }
        sockets.add(server);
        pump(client, server, toServer, null);
        pump(server, client, toClient, heldToClient);
    }

    private void pump(Socket from, Socket to, Gate gate, AtomicLong heldCount) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            ByteArrayOutputStream backlog = new ByteArrayOutputStream();
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                // Reading goes on while bytes are held, so a side that closes is still noticed at once.
                from.setSoTimeout(POLL_MILLIS);
                while (true) {
                    int read;
                    try {
                        read = in.read(buffer);
                    } catch (SocketTimeoutException quiet) {
                        read = 0;
                    }
                    if (read < 0) {
                        break;
                    }
                    backlog.write(buffer, 0, read);
                    if (read > 0 && gate == toServer && holdAfterWrites.get() > 0
                            && holdAfterWrites.decrementAndGet() == 0) {
                        // Closed before the request goes on, so the server's answer cannot slip through.
                        toClient.close();
                    }
                    if (gate.isOpen() && backlog.size() > 0) {
                        backlog.writeTo(out);
                        out.flush();
                        backlog.reset();
                    }
                    if (heldCount != null) {
                        heldCount.set(backlog.size());
                    }
                }
            } catch (IOException e) {
                // The connection was cut or closed: held bytes are lost with it, and the other side hears below.
            } finally {
                sockets.remove(from);
                sockets.remove(to);
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "tcp-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // Already closed.
        }
    }

    /** Open lets bytes through; closed holds them until opened, or until the connection they belong to is cut. */
    private static final class Gate {
        private boolean open = true;

        synchronized boolean isOpen() {
            return open;
        }

        synchronized void close() {
            open = false;
        }

        synchronized void open() {
            open = true;
        }
    }
}
