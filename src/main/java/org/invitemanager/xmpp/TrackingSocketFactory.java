package org.invitemanager.xmpp;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.SocketFactory;

/**
 * Remembers the last socket it made, so a connection attempt can be cut from another thread by closing the socket.
 * Smack's own shutdown waits for a lock that the blocked attempt holds, which would freeze the caller instead.
 */
final class TrackingSocketFactory extends SocketFactory {

    private final SocketFactory delegate;
    private volatile Socket last;

    TrackingSocketFactory(SocketFactory delegate) {
        this.delegate = delegate;
    }

    /** Closes the last socket made, which makes any read, write or connect on it fail at once. */
    void closeLast() {
        Socket socket = last;
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // Closing is all that was asked; a socket that cannot close is already unusable.
            }
        }
    }

    private Socket track(Socket socket) {
        last = socket;
        return socket;
    }

    @Override
    public Socket createSocket() throws IOException {
        return track(delegate.createSocket());
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return track(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return track(delegate.createSocket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return track(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return track(delegate.createSocket(address, port, localAddress, localPort));
    }
}
