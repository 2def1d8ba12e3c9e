package org.invitemanager.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.X509TrustManager;

/**
 * A real Prosody 0.12 on a free loopback port, in its own temporary directory, with STARTTLS required and a
 * self-signed certificate for {@code localhost}. {@code admin@localhost} (host admin) and {@code alice@localhost}
 * exist before it starts. Use it through {@link ProsodyExtension}, or with {@link #start(Options)} and
 * {@link #close()}.
 */
public final class ProsodyServer implements AutoCloseable {

    public static final String DOMAIN = "localhost";
    public static final String HOST = "127.0.0.1";
    public static final String ADMIN_LOCALPART = "admin";
    public static final String ADMIN_JID = ADMIN_LOCALPART + "@" + DOMAIN;
    public static final String ADMIN_PASSWORD = "admin-secret";
    public static final String USER_LOCALPART = "alice";
    public static final String USER_JID = USER_LOCALPART + "@" + DOMAIN;
    public static final String USER_PASSWORD = "alice-secret";

    private static final int PORT_ATTEMPTS = 3;
    private static final Set<ProsodyServer> OPEN = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ProsodyServer::closeAllOnExit, "prosody-test-cleanup"));
    }

    private final ProsodyLayout layout;
    private final Options options;
    private final Path prosody;
    private final Path prosodyctl;
    private X509Certificate certificate;
    private int port;
    private volatile ProsodyProcess process;
    private boolean closed;

    private ProsodyServer(ProsodyLayout layout, Options options, Path prosody, Path prosodyctl) {
        this.layout = layout;
        this.options = options;
        this.prosody = prosody;
        this.prosodyctl = prosodyctl;
    }

    public static ProsodyServer start() {
        return start(Options.defaults());
    }

    /** Creates directory, certificate, config and accounts, then starts prosody and waits until it accepts. */
    public static ProsodyServer start(Options options) {
        Path prosody = requireTool("prosody");
        Path prosodyctl = requireTool("prosodyctl");
        ProsodyServer server = new ProsodyServer(ProsodyLayout.createTemporary(), options, prosody, prosodyctl);
        OPEN.add(server);
        try {
            server.certificate = options.certificate() == null
                    ? TestCertificates.generateLocalhost(server.layout.key(), server.layout.certificate())
                    : TestCertificates.generate(options.certificate(), server.layout.key(), server.layout.certificate());
            server.startOnFreePort();
            return server;
        } catch (RuntimeException | Error e) {
            server.close();
            throw e;
        }
    }

    public String domain() {
        return DOMAIN;
    }

    public String host() {
        return HOST;
    }

    public int port() {
        return port;
    }

    public String adminJid() {
        return ADMIN_JID;
    }

    public String adminPassword() {
        return ADMIN_PASSWORD;
    }

    public String userJid() {
        return USER_JID;
    }

    public String userPassword() {
        return USER_PASSWORD;
    }

    public Path directory() {
        return layout.directory();
    }

    public Path configFile() {
        return layout.configFile();
    }

    public Path dataDir() {
        return layout.dataDir();
    }

    public Path logFile() {
        return layout.logFile();
    }

    /** The self-signed certificate prosody presents after STARTTLS, as PEM. */
    public Path certificatePem() {
        return layout.certificate();
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** Trusts this server's certificate and nothing else. */
    public X509TrustManager trustManager() {
        return trustManagerFor(certificate);
    }

    public static X509TrustManager trustManagerFor(X509Certificate certificate) {
        return TestCertificates.trustManagerFor(certificate);
    }

    /** Where prosody keeps the account: {@code DATA/localhost/accounts/LOCALPART.dat}. */
    public Path accountFile(String localpart) {
        return dataDir().resolve(DOMAIN).resolve("accounts").resolve(storageName(localpart) + ".dat");
    }

    public boolean accountExists(String localpart) {
        return Files.isRegularFile(accountFile(localpart));
    }

    /** Creates the account, or resets its password; works whether or not the server is running. */
    public void registerUser(String localpart, String password) {
        Commands.run(List.of(prosodyctl.toString(), "--config", configFile().toString(), "register", localpart, DOMAIN,
                password));
    }

    public boolean isRunning() {
        ProsodyProcess current = process;
        return current != null && current.isAlive();
    }

    /** SIGTERM (SIGKILL after 5 s); port, config and data stay for {@link #restart()}. */
    public synchronized void stop() {
        if (process != null) {
            process.terminate();
            process = null;
        }
    }

    /** SIGKILL, as a crash or the OOM killer would; {@link #restart()} brings it back with the same data. */
    public synchronized void kill() {
        if (process != null) {
            process.kill();
            process = null;
        }
    }

    /** Stops and starts again on the same port with the same data. */
    public synchronized void restart() {
        if (closed) {
            throw new IllegalStateException("This Prosody test server is closed");
        }
        stop();
        process = ProsodyProcess.launch(prosody, layout, port);
    }

    /** Stops prosody and deletes its directory; safe to call twice. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            stop();
        } finally {
            OPEN.remove(this);
            keepLogIfAsked();
            layout.delete();
        }
    }

    // -Dprosody.keepLogs=true keeps each server's log in target/prosody-logs, for reading after a failure.
    private void keepLogIfAsked() {
        if (!Boolean.getBoolean("prosody.keepLogs")) {
            return;
        }
        try {
            java.nio.file.Path kept = java.nio.file.Path.of("target", "prosody-logs");
            java.nio.file.Files.createDirectories(kept);
            java.nio.file.Files.copy(layout.logFile(), kept.resolve("prosody-" + port + "-" + System.nanoTime() + ".log"));
        } catch (java.io.IOException e) {
            System.err.println("could not keep the prosody log: " + e);
        }
    }

    @Override
    public String toString() {
        return "Prosody on " + HOST + ":" + port + " in " + layout.directory();
    }

    private void startOnFreePort() {
        for (int attempt = 1; ; attempt++) {
            port = freeLoopbackPort();
            writeConfig();
            if (attempt == 1) {
                registerAccounts();
            }
            try {
                process = ProsodyProcess.launch(prosody, layout, port);
                return;
            } catch (ProsodyProcess.PortTakenException e) {
                if (attempt == PORT_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private void writeConfig() {
        try {
            Files.writeString(layout.configFile(), ProsodyConfig.render(layout, port, options));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + layout.configFile(), e);
        }
    }

    private void registerAccounts() {
        Map<String, String> accounts = new LinkedHashMap<>();
        accounts.put(ADMIN_LOCALPART, ADMIN_PASSWORD);
        accounts.put(USER_LOCALPART, USER_PASSWORD);
        accounts.putAll(options.users());
        accounts.forEach(this::registerUser);
    }

    private static void closeAllOnExit() {
        List<ProsodyServer> servers = new ArrayList<>(OPEN);
        // Signal every server first so they shut down in parallel; close() then only waits and deletes.
        servers.stream().map(server -> server.process).filter(Objects::nonNull).forEach(ProsodyProcess::signal);
        servers.forEach(ProsodyServer::close);
    }

    private static Path requireTool(String name) {
        return Commands.onPath(name).orElseThrow(() -> new IllegalStateException("'" + name + "' is not on PATH. "
                + "The Prosody integration tests need Debian's prosody 0.12: install it (apt-get install -y prosody) "
                + "and run the tests with the test command from README.md."));
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot find a free port on " + HOST, e);
        }
    }

    // Mirrors util.datamanager's encode(): every byte but ASCII letters and digits becomes %xx.
    private static String storageName(String localpart) {
        StringBuilder name = new StringBuilder();
        for (byte b : localpart.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                name.append((char) c);
            } else {
                name.append('%').append(String.format("%02x", c));
            }
        }
        return name.toString();
    }

    /** What a test adds to the stock set-up: config lines, modules and accounts. Immutable; each method copies. */
    public record Options(List<String> globalConfig, List<String> hostConfig, List<String> modules,
            Map<String, String> users, TestCertificates.Spec certificate) {

        public Options {
            globalConfig = List.copyOf(globalConfig);
            hostConfig = List.copyOf(hostConfig);
            modules = List.copyOf(modules);
            users = Map.copyOf(users);
        }

        public static Options defaults() {
            return new Options(List.of(), List.of(), List.of(), Map.of(), null);
        }

        /**
         * Lines before the VirtualHost, e.g. {@code invite_expiry = 2}; host options fall back to them. A line for an
         * option the fixture sets, such as {@code allow_registration = true}, replaces the fixture's line.
         */
        public Options withConfig(String... lines) {
            return new Options(concat(globalConfig, lines), hostConfig, modules, users, certificate);
        }

        /** Lines inside {@code VirtualHost "localhost"}; one setting {@code ssl} replaces the fixture's. */
        public Options withHostConfig(String... lines) {
            return new Options(globalConfig, concat(hostConfig, lines), modules, users, certificate);
        }

        /** Modules to load besides {@link ProsodyConfig#MODULES}. */
        public Options withModules(String... names) {
            return new Options(globalConfig, hostConfig, concat(modules, names), users, certificate);
        }

        /** Loads the companion module straight from the repository's source tree. */
        public Options withCompanionModule() {
            return withPluginPaths().withModules("invite_manager");
        }

        /** Loads the tests' own commands (src/test/prosody/mod_test_commands.lua): a wizard of every field type. */
        public Options withTestCommands() {
            return withPluginPaths().withModules("test_commands");
        }

        /**
         * Makes the server's create-account command behave as ejabberd's does, in two stages
         * (src/test/prosody/mod_test_ejabberd_invites.lua), in place of Prosody's own.
         */
        public Options withEjabberdStyleInvites() {
            return withPluginPaths().withModules("test_ejabberd_invites")
                    .withConfig("modules_disabled = { \"s2s\"; \"invites_adhoc\" }");
        }

        // One line for every module directory, since a second plugin_paths line would replace the first.
        private Options withPluginPaths() {
            String main = java.nio.file.Path.of("src/main/prosody").toAbsolutePath().toString();
            String test = java.nio.file.Path.of("src/test/prosody").toAbsolutePath().toString();
            return withConfig("plugin_paths = { " + ProsodyConfig.lua(main) + "; " + ProsodyConfig.lua(test) + " }");
        }

        /**
         * The certificate prosody presents, in place of a valid one for {@code localhost}: an expired one, or one
         * for another name.
         */
        public Options withCertificate(TestCertificates.Spec spec) {
            return new Options(globalConfig, hostConfig, modules, users, spec);
        }

        /** An account registered before the server starts. */
        public Options withUser(String localpart, String password) {
            Map<String, String> more = new LinkedHashMap<>(users);
            more.put(localpart, password);
            return new Options(globalConfig, hostConfig, modules, more, certificate);
        }

        private static List<String> concat(List<String> list, String... more) {
            List<String> all = new ArrayList<>(list);
            all.addAll(List.of(more));
            return all;
        }
    }
}
