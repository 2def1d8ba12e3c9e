package org.invitemanager.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import org.invitemanager.domain.LoginRequest;
import org.invitemanager.domain.TlsMode;
import picocli.CommandLine.Option;

/** The options every command shares: where to log in, how to find the password and the certificate, JSON or not. */
final class ConnectionOptions {

    private static final Pattern BARE_JID = Pattern.compile("[^@/\\s]+@[^@/\\s]+");
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9A-Fa-f]{64}");

    @Option(names = "--jid", required = true, paramLabel = "JID", order = 51,
            description = "The admin account, such as admin@example.org.")
    String jid;

    @Option(names = "--host", paramLabel = "HOST", order = 52,
            description = "Connect to this host instead of the one the domain's DNS names.")
    String host;

    @Option(names = "--port", paramLabel = "PORT", order = 53,
            description = "The port (default: 5222, or 5223 with --direct-tls).")
    int port;

    @Option(names = "--direct-tls", order = 54, description = "Use TLS from the first byte instead of STARTTLS.")
    boolean directTls;

    @Option(names = "--password-env", paramLabel = "NAME", order = 55,
            defaultValue = PasswordSource.DEFAULT_VARIABLE,
            description = "The environment variable holding the password (default: ${DEFAULT-VALUE}).")
    String passwordVariable;

    @Option(names = "--password-file", paramLabel = "FILE", order = 56,
            description = "Read the password from the first line of this file instead. With neither, the password "
                    + "is asked for on the terminal; there is no --password option.")
    Path passwordFile;

    @Option(names = "--trust-sha256", paramLabel = "HEX", order = 57,
            description = "Trust the server certificate with this SHA-256 fingerprint (instead of the one the app "
                    + "pinned for the server). Without either, only certificates the system trusts are accepted.")
    String trustSha256;

    @Option(names = "--timeout", paramLabel = "SECONDS", order = 58, defaultValue = "60",
            description = "How long to wait for the login and for each answer (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--json", order = 59, description = "Print the result as JSON.")
    boolean json;

    @Option(names = {"-h", "--help"}, usageHelp = true, order = 90, description = "Show this help message and exit.")
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, order = 91,
            description = "Print version information and exit.")
    boolean version;

    /** @throws CliException with the usage exit code when the JID, port or timeout cannot be right */
    LoginRequest loginRequest() throws CliException {
        String bare = jid.strip();
        if (!BARE_JID.matcher(bare).matches()) {
            throw CliException.usage("--jid needs a bare account address such as admin@example.org, not '" + jid
                    + "'.");
        }
        if (port < 0 || port > 65535) {
            throw CliException.usage("--port must be between 1 and 65535.");
        }
        if (timeoutSeconds < 1) {
            throw CliException.usage("--timeout must be at least 1 second.");
        }
        return new LoginRequest(bare, host, port, directTls ? TlsMode.DIRECT_TLS : TlsMode.STARTTLS);
    }

    Duration timeout() {
        return Duration.ofSeconds(timeoutSeconds);
    }

    /** The fingerprint given with {@code --trust-sha256}, checked for shape; null when not given. */
    String trustedFingerprint() throws CliException {
        if (trustSha256 == null) {
            return null;
        }
        String hex = trustSha256.replaceAll("[:\\s]", "");
        if (!SHA256_HEX.matcher(hex).matches()) {
            throw CliException.usage("--trust-sha256 needs a SHA-256 fingerprint: 64 hex digits, colons allowed.");
        }
        byte[] digest = HexFormat.of().parseHex(hex.toLowerCase(Locale.ROOT));
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
    }
}
