package org.invitemanager.xmpp;

import java.io.IOException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.debugger.SmackDebugger;
import org.jivesoftware.smack.debugger.SmackDebuggerFactory;
import org.jivesoftware.smack.packet.TopLevelStreamElement;
import org.jxmpp.jid.EntityFullJid;
import org.jxmpp.xml.splitter.XmppElementCallback;
import org.jxmpp.xml.splitter.XmppXmlSplitter;

/**
 * Smack's debugger for this app: the XML on the wire, one log record per element at FINE, with every password and
 * invite token replaced by {@value WireRedactor#REDACTED} ({@link WireRedactor}). It is on while this logger (or
 * {@code org.invitemanager.xmpp} above it) logs FINE, so a debug run gets a wire log that is safe to attach to a bug
 * report. Smack's own debuggers would print the SASL exchange and the tokens as they are.
 */
final class WireLog extends SmackDebugger {

    private static final Logger LOG = Logger.getLogger(WireLog.class.getName());

    private final WireRedactor redactor = new WireRedactor();
    private final Direction sent = new Direction("SENT");
    private final Direction received = new Direction("RECV");

    private WireLog(XMPPConnection connection) {
        super(connection);
    }

    /** This debugger while the wire log is wanted, else none; null also keeps Smack's own debuggers away. */
    static SmackDebuggerFactory factoryIfEnabled() {
        return LOG.isLoggable(Level.FINE) ? WireLog::new : null;
    }

    @Override
    public void outgoingStreamSink(CharSequence chunk) {
        sent.append(chunk);
    }

    @Override
    public void incomingStreamSink(CharSequence chunk) {
        received.append(chunk);
    }

    @Override
    public void userHasLogged(EntityFullJid user) {
        LOG.fine(() -> "(" + connection.getConnectionCounter() + ") logged in as " + user);
    }

    @Override
    public void onIncomingStreamElement(TopLevelStreamElement element) {
        // The raw element was logged from the stream; Smack's parsed copy would repeat it.
    }

    @Override
    public void onOutgoingStreamElement(TopLevelStreamElement element) {
        // As above.
    }

    /**
     * One direction of the stream. Smack hands over the text as it was read or written, cut anywhere, even inside a
     * token; it is split into whole elements again, so each is redacted knowing where its secrets are.
     */
    private final class Direction implements XmppElementCallback {

        private final String label;
        private XmppXmlSplitter splitter = newSplitter();

        Direction(String label) {
            this.label = label;
        }

        private XmppXmlSplitter newSplitter() {
            return new XmppXmlSplitter(-1, this);
        }

        synchronized void append(CharSequence chunk) {
            try {
                splitter.append(chunk);
            } catch (IOException | RuntimeException unreadable) {
                // Never let the log break the connection; the part element is dropped, not logged half-redacted.
                LOG.fine(() -> prefix() + "unreadable XML, one element not logged ("
                        + unreadable.getClass().getSimpleName() + ")");
                splitter = newSplitter();
            }
        }

        @Override
        public void onCompleteElement(String element) {
            String redacted = redactor.redact(element).strip();
            LOG.fine(() -> prefix() + redacted);
        }

        @Override
        public void streamOpened(String prefix, Map<String, String> attributes) {
            LOG.fine(() -> prefix() + "<stream:stream from='" + attributes.getOrDefault("from", "")
                    + "' to='" + attributes.getOrDefault("to", "") + "' id='" + attributes.getOrDefault("id", "")
                    + "'>");
        }

        @Override
        public void streamClosed() {
            LOG.fine(() -> prefix() + "</stream:stream>");
        }

        private String prefix() {
            return label + " (" + connection.getConnectionCounter() + "): ";
        }
    }
}
