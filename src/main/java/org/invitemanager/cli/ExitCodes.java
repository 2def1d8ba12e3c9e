package org.invitemanager.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.invitemanager.domain.Failure;

/**
 * The command line's exit codes. Scripts branch on them, so a code keeps its meaning once released; every command's
 * {@code --help} lists them from {@link #descriptions()}.
 */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int UNEXPECTED = 1;
    public static final int USAGE = 2;
    public static final int LOGIN_REFUSED = 3;
    public static final int UNREACHABLE = 4;
    public static final int UNTRUSTED = 5;
    public static final int REFUSED_BY_SERVER = 6;
    public static final int PARTIAL = 7;
    public static final int OUTPUT_FILE = 8;

    private ExitCodes() {
    }

    /** Code and meaning, in order, as the help footer shows them. */
    public static Map<String, String> descriptions() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put(key(OK), "Success.");
        codes.put(key(UNEXPECTED), "Unexpected error.");
        codes.put(key(USAGE), "Usage error: a bad option or value, or no password source.");
        codes.put(key(LOGIN_REFUSED), "Login refused: wrong JID or password.");
        codes.put(key(UNREACHABLE), "Cannot reach the server, the connection was lost, or it timed out.");
        codes.put(key(UNTRUSTED), "The server's certificate is not trusted, or TLS failed.");
        codes.put(key(REFUSED_BY_SERVER), "The server refused or does not support the request (forbidden, "
                + "server error, Invite Manager module missing).");
        codes.put(key(PARTIAL), "Partial: some invites of a batch failed or were not started; those made are "
                + "still printed and exported.");
        codes.put(key(OUTPUT_FILE), "An output file (PDF or CSV) could not be written; the invites were printed.");
        return codes;
    }

    /** The code for a failure reported by the XMPP session. */
    public static int forFailure(Failure failure) {
        if (failure instanceof Failure.AuthFailed) {
            return LOGIN_REFUSED;
        }
        if (failure instanceof Failure.Timeout || failure instanceof Failure.Unreachable
                || failure instanceof Failure.ConnectionLost) {
            return UNREACHABLE;
        }
        if (failure instanceof Failure.UntrustedCertificate || failure instanceof Failure.CertificateChanged
                || failure instanceof Failure.CertificateExpired || failure instanceof Failure.CertificateNameMismatch
                || failure instanceof Failure.TlsFailed) {
            return UNTRUSTED;
        }
        // The session reports a request it cannot send, such as options a stock server lacks, as invalid input.
        if (failure instanceof Failure.Forbidden || failure instanceof Failure.ServerError
                || failure instanceof Failure.InvalidResponse || failure instanceof Failure.InvalidInput) {
            return REFUSED_BY_SERVER;
        }
        return UNEXPECTED;
    }

    private static String key(int code) {
        return Integer.toString(code);
    }
}
