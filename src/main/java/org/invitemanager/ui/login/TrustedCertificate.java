package org.invitemanager.ui.login;

import java.io.IOException;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.invitemanager.settings.CertificatePinStore;
import org.invitemanager.ui.Texts;

/** Which certificate the login screen trusts for the chosen server's domain, and forgetting it. */
final class TrustedCertificate {

    private static final Logger LOG = Logger.getLogger(TrustedCertificate.class.getName());

    private final CertificatePinStore pins;
    private final Consumer<String> problem;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fingerprint = new ReadOnlyStringWrapper();
    private String domain;

    TrustedCertificate(CertificatePinStore pins, Consumer<String> problem) {
        this.pins = pins;
        this.problem = problem;
    }

    /** Shows the pin of this domain; null for none, as for a server not stored yet. */
    void show(String newDomain) {
        domain = newDomain;
        String pinned = domain == null ? null : pins.pinFor(domain).orElse(null);
        fingerprint.set(pinned);
        text.set(pinned == null ? "" : Texts.format("login.certificate.trusted", domain, shortForm(pinned)));
    }

    void refresh() {
        show(domain);
    }

    void forget() {
        if (domain == null) {
            return;
        }
        try {
            pins.forget(domain);
        } catch (IOException e) {
            LOG.warning(() -> "cannot forget a certificate pin: " + e.getClass().getSimpleName());
            problem.accept(Texts.format("login.certificate.forgetFailed", e.getMessage()));
        }
        refresh();
    }

    /** The first and last four bytes: enough to tell certificates apart at a glance, short enough for one line. */
    static String shortForm(String sha256) {
        String[] bytes = sha256.split(":");
        if (bytes.length <= 8) {
            return sha256;
        }
        return String.join(":", Arrays.copyOfRange(bytes, 0, 4)) + " … "
                + String.join(":", Arrays.copyOfRange(bytes, bytes.length - 4, bytes.length));
    }

    ReadOnlyStringProperty text() {
        return text.getReadOnlyProperty();
    }

    ReadOnlyStringProperty fingerprint() {
        return fingerprint.getReadOnlyProperty();
    }
}
