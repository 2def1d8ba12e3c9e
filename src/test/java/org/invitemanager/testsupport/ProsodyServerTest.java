package org.invitemanager.testsupport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ProsodyServerTest {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(
            ProsodyServer.Options.defaults().withUser("carol", "carol-secret"));

    private static final String STREAM_HEADER = "<?xml version='1.0'?><stream:stream to='localhost' "
            + "xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams' version='1.0'>";
    private static final int READ_TIMEOUT_MILLIS = 3000;

    @Test
    void serverRunsOnAFreeLoopbackPort() throws IOException {
        ProsodyServer server = PROSODY.server();

        assertTrue(server.isRunning());
        assertEquals("127.0.0.1", server.host());
        assertEquals("localhost", server.domain());
        assertTrue(server.port() > 0 && server.port() != 5222, "port " + server.port());
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(server.host(), server.port()), 1000);
            assertTrue(socket.isConnected());
        }
    }

    @Test
    void streamFeaturesRequireStartTls() throws IOException {
        ProsodyServer server = PROSODY.server();
        try (Socket socket = connect(server)) {
            String features = openStream(socket);

            assertTrue(features.contains("<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'>"), features);
            assertTrue(features.contains("<required/>"), features);
        }
    }

    @Test
    void startTlsHandshakeSucceedsWithTheServersTrustManagerAndHostnameCheck() throws Exception {
        ProsodyServer server = PROSODY.server();
        try (Socket socket = connect(server)) {
            openStream(socket);
            socket.getOutputStream().write("<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"
                    .getBytes(StandardCharsets.UTF_8));
            String reply = readUntil(socket.getInputStream(), "/>");
            assertTrue(reply.contains("<proceed"), reply);

            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, new TrustManager[] {server.trustManager()}, null);
            try (SSLSocket secure = (SSLSocket) tls.getSocketFactory()
                    .createSocket(socket, server.domain(), server.port(), true)) {
                SSLParameters parameters = secure.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                secure.setSSLParameters(parameters);
                secure.startHandshake();

                assertEquals(server.certificate(), secure.getSession().getPeerCertificates()[0]);
            }
        }
    }

    @Test
    void certificateIsSelfSignedForLocalhostAndMatchesThePem() throws CertificateParsingException {
        ProsodyServer server = PROSODY.server();
        X509Certificate certificate = server.certificate();

        assertEquals("CN=localhost", certificate.getSubjectX500Principal().getName());
        assertEquals(certificate.getSubjectX500Principal(), certificate.getIssuerX500Principal());
        Collection<List<?>> names = certificate.getSubjectAlternativeNames();
        assertTrue(names.contains(List.of(2, "localhost")), String.valueOf(names));
        assertTrue(certificate.getNotAfter().after(new Date()));
        assertEquals(certificate, TestCertificates.load(server.certificatePem()));
        assertArrayEquals(new X509Certificate[] {certificate}, server.trustManager().getAcceptedIssuers());
    }

    @Test
    void adminUserAndOptionUsersExistBeforeTheFirstTest() {
        ProsodyServer server = PROSODY.server();

        assertEquals("admin@localhost", server.adminJid());
        assertEquals("alice@localhost", server.userJid());
        assertTrue(server.accountExists("admin"));
        assertTrue(server.accountExists("alice"));
        assertTrue(server.accountExists("carol"));
        assertEquals(server.dataDir().resolve("localhost/accounts/alice.dat"), server.accountFile("alice"));
        assertFalse(server.accountExists("nobody"));
    }

    @Test
    void registerUserCreatesAnAccountWhileRunning() {
        ProsodyServer server = PROSODY.server();

        server.registerUser("dave", "dave-secret");

        assertTrue(Files.isRegularFile(server.dataDir().resolve("localhost/accounts/dave.dat")));
        assertTrue(server.isRunning());
    }

    @Test
    void registerUserRejectsAnInvalidName() {
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> PROSODY.server().registerUser("no body", "x"));

        assertFalse(failure.getMessage().contains("\"x\""));
    }

    @Test
    void configKeepsTlsRequiredAndStaysOnLoopback() throws IOException {
        ProsodyServer server = PROSODY.server();
        String config = Files.readString(server.configFile());

        assertTrue(config.contains("\"tls\""), config);
        assertFalse(config.contains("c2s_require_encryption"), config);
        assertTrue(config.contains("c2s_ports = { " + server.port() + " }"), config);
        assertTrue(config.contains("interfaces = { \"127.0.0.1\" }"), config);
        assertTrue(config.contains("admins = { \"admin@localhost\" }"), config);
        assertTrue(config.contains("modules_disabled = { \"s2s\" }"), config);
        assertTrue(config.contains("certificate = \"" + server.certificatePem() + "\""), config);
    }

    @Test
    void optionLinesReplaceTheFixturesOwnInsteadOfRepeatingThem() {
        ProsodyServer.Options options = ProsodyServer.Options.defaults()
                .withConfig("allow_registration = true", "invite_expiry = 2")
                .withHostConfig("allow_contact_invites = false")
                .withModules("invites_page", "tls");

        String config = ProsodyConfig.render(new ProsodyLayout(Path.of("/x")), 5299, options);

        assertEquals(List.of("allow_registration = true"), config.lines()
                .filter(line -> line.startsWith("allow_registration")).toList());
        assertTrue(config.contains("\ninvite_expiry = 2\n"), config);
        assertTrue(config.endsWith("    allow_contact_invites = false\n"), config);
        assertTrue(config.contains("\"admin_adhoc\"; \"invites_page\" }"), config);
        assertEquals(1, config.split("\"tls\"", -1).length - 1, config);
    }

    @Test
    void stopFreesThePortAndRestartKeepsPortAndData() throws IOException {
        Path directory;
        try (ProsodyServer server = ProsodyServer.start(ProsodyServer.Options.defaults()
                .withConfig("invite_expiry = 2"))) {
            directory = server.directory();
            int port = server.port();
            assertTrue(Files.readString(server.configFile()).contains("\ninvite_expiry = 2\n"));
            server.registerUser("erin", "erin-secret");

            server.stop();

            assertFalse(server.isRunning());
            assertThrows(ConnectException.class, () -> new Socket(server.host(), port).close());
            try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getByName(server.host()))) {
                assertEquals(port, probe.getLocalPort());
            }

            server.restart();

            assertTrue(server.isRunning());
            assertEquals(port, server.port());
            assertTrue(server.accountExists("erin"));
            try (Socket socket = connect(server)) {
                assertTrue(openStream(socket).contains("starttls"));
            }
        }
        assertFalse(Files.exists(directory));
    }

    private static Socket connect(ProsodyServer server) throws IOException {
        Socket socket = new Socket(server.host(), server.port());
        socket.setSoTimeout(READ_TIMEOUT_MILLIS);
        return socket;
    }

    private static String openStream(Socket socket) throws IOException {
        socket.getOutputStream().write(STREAM_HEADER.getBytes(StandardCharsets.UTF_8));
        return readUntil(socket.getInputStream(), "</stream:features>");
    }

    // Reads byte by byte so nothing after the marker (such as the TLS handshake) is consumed.
    private static String readUntil(InputStream in, String marker) throws IOException {
        StringBuilder text = new StringBuilder();
        while (text.indexOf(marker) < 0) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("Stream ended before " + marker + ": " + text);
            }
            text.append((char) b);
        }
        return text.toString();
    }
}
