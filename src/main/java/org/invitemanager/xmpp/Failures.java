package org.invitemanager.xmpp;

import java.io.IOException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.SSLException;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.packet.StanzaError;
import org.jivesoftware.smack.sasl.SASLError;
import org.jivesoftware.smack.sasl.SASLErrorException;
import org.jivesoftware.smack.sasl.packet.SaslNonza;

/**
 * The one place that looks inside Smack's exceptions. Each error becomes one {@link Failure} and one log line; the
 * line names the operation and the kind of failure, never a password or an invite token.
 */
public final class Failures {

    private static final Logger LOG = Logger.getLogger(Failures.class.getName());

    private Failures() {
    }

    /** Translates and logs an error raised while doing {@code operation} against {@code host:port}. */
    static FailureException translate(String operation, ConnectionTarget target, Throwable error) {
        Failure failure = classify(error, target);
        if (failure instanceof Failure.Unexpected) {
            // Unforeseen errors need their trace to be fixed; Smack's exception texts carry no secrets.
            LOG.log(Level.WARNING, operation + " failed: " + describe(failure), error);
        } else {
            LOG.warning(() -> operation + " failed: " + describe(failure));
        }
        return new FailureException(failure);
    }

    static Failure classify(Throwable error, ConnectionTarget target) {
        Throwable e = unwrap(error);
        if (e instanceof FailureException fe) {
            return fe.failure();
        }
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            return new Failure.Unexpected("interrupted");
        }
        Failure certificate = certificateFailure(error);
        if (certificate != null) {
            return certificate;
        }
        if (e instanceof SASLErrorException sasl) {
            return fromSaslFailure(sasl.getSASLFailure());
        }
        if (e instanceof XMPPException.XMPPErrorException xe) {
            return fromStanzaError(xe.getStanzaError());
        }
        if (e instanceof SmackException.NoResponseException) {
            return new Failure.Timeout();
        }
        if (e instanceof SmackException.NotConnectedException) {
            return new Failure.ConnectionLost();
        }
        if (e instanceof SmackException.SecurityRequiredException) {
            return new Failure.TlsFailed("the server does not offer encryption");
        }
        if (e instanceof SmackException.ConnectionException || e instanceof UnknownHostException) {
            return unreachable(target);
        }
        if (e instanceof SmackException.SmackCertificateException || hasCause(e, SSLException.class)
                || hasCause(e, CertificateException.class)) {
            return new Failure.TlsFailed(tlsDetail(e));
        }
        if (e instanceof XMPPException.StreamErrorException se) {
            return new Failure.ServerError(se.getStreamError().getCondition().toString(),
                    se.getStreamError().getDescriptiveText());
        }
        if (e instanceof IOException) {
            return new Failure.ConnectionLost();
        }
        return new Failure.Unexpected(e.getClass().getSimpleName());
    }

    static Failure fromSaslFailure(SaslNonza.SASLFailure failure) {
        SASLError condition = failure == null ? null : failure.getSASLError();
        if (condition == null || condition == SASLError.not_authorized || condition == SASLError.credentials_expired) {
            return new Failure.AuthFailed();
        }
        // Disabled accounts, throttling and the like are not a wrong password and should not read as one.
        return new Failure.ServerError(condition.toString(), failure.getDescriptiveText());
    }

    static Failure fromStanzaError(StanzaError error) {
        String text = error.getDescriptiveText();
        StanzaError.Condition condition = error.getCondition();
        if (condition == StanzaError.Condition.forbidden || condition == StanzaError.Condition.not_authorized) {
            return new Failure.Forbidden(text);
        }
        if (condition == StanzaError.Condition.remote_server_timeout) {
            return new Failure.Timeout();
        }
        return new Failure.ServerError(condition.toString(), text);
    }

    private static Failure certificateFailure(Throwable error) {
        for (Throwable c = error; c != null; c = c.getCause()) {
            if (c instanceof PinningTrustManager.UntrustedCertificateException u) {
                return new Failure.UntrustedCertificate(u.server, u.certificate);
            }
            if (c instanceof PinningTrustManager.ExpiredCertificateException expired) {
                return new Failure.CertificateExpired(expired.server, expired.certificate);
            }
            if (c instanceof PinningTrustManager.WrongNameException wrong) {
                return new Failure.CertificateNameMismatch(wrong.server, wrong.certificate, wrong.names);
            }
            if (c instanceof PinningTrustManager.CertificateChangedException changed) {
                return new Failure.CertificateChanged(changed.server, changed.pinned, changed.presented);
            }
            for (Throwable suppressed : c.getSuppressed()) {
                Failure nested = certificateFailure(suppressed);
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }

    private static Failure unreachable(ConnectionTarget target) {
        if (target == null) {
            return new Failure.Unreachable("", 0);
        }
        String host = target.host() != null ? target.host() : target.domain();
        return new Failure.Unreachable(host, target.effectivePort());
    }

    private static String tlsDetail(Throwable e) {
        if (e instanceof SmackException.SmackCertificateException || hasCause(e, CertificateException.class)) {
            String message = String.valueOf(deepestMessage(e));
            if (message.contains("Hostname verification") || message.contains("No subject alternative")
                    || message.contains("No name matching")) {
                return "the certificate does not name this server";
            }
            if (hasCause(e, java.security.cert.CertificateExpiredException.class)) {
                return "the certificate has expired";
            }
            return "the certificate was refused";
        }
        return "the encrypted connection could not be set up";
    }

    private static String deepestMessage(Throwable e) {
        String message = null;
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c.getMessage() != null) {
                message = c.getMessage();
            }
        }
        return message;
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable unwrap(Throwable error) {
        Throwable e = error;
        while ((e instanceof CompletionException || e instanceof ExecutionException
                || e instanceof SmackException.SmackWrappedException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    private static String describe(Failure failure) {
        // Record toString would include server texts verbatim; the kind and condition are enough for a log line.
        if (failure instanceof Failure.ServerError se) {
            return "ServerError(" + se.condition() + ")";
        }
        if (failure instanceof Failure.Unreachable u) {
            return "Unreachable(" + u.host() + ":" + u.port() + ")";
        }
        if (failure instanceof Failure.CertificateChanged c) {
            return "CertificateChanged(" + c.server() + ")";
        }
        if (failure instanceof Failure.UntrustedCertificate u) {
            return "UntrustedCertificate(" + u.server() + ")";
        }
        if (failure instanceof Failure.CertificateExpired e) {
            return "CertificateExpired(" + e.server() + ", " + e.certificate().notAfter() + ")";
        }
        if (failure instanceof Failure.CertificateNameMismatch n) {
            return "CertificateNameMismatch(" + n.server() + ", " + n.names() + ")";
        }
        return failure.getClass().getSimpleName();
    }
}
