package org.invitemanager.xmpp;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.List;
import javax.net.SocketFactory;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * Opens TLS sockets for direct TLS (XEP-0368). Smack 4.4's TCP connection only knows STARTTLS, so TLS is done here,
 * with the XMPP domain as SNI and as the name the certificate must carry.
 */
final class DirectTlsSocketFactory extends SocketFactory {

    private final SSLSocketFactory tls;
    private final String domain;

    DirectTlsSocketFactory(SSLSocketFactory tls, String domain) {
        this.tls = tls;
        this.domain = domain;
    }

    @Override
    public Socket createSocket() throws IOException {
        return configure((SSLSocket) tls.createSocket());
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return configure((SSLSocket) tls.createSocket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return configure((SSLSocket) tls.createSocket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return configure((SSLSocket) tls.createSocket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return configure((SSLSocket) tls.createSocket(address, port, localAddress, localPort));
    }

    private SSLSocket configure(SSLSocket socket) {
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setServerNames(List.of(new SNIHostName(domain)));
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        parameters.setApplicationProtocols(new String[] {"xmpp-client"});
        socket.setSSLParameters(parameters);
        return socket;
    }
}
