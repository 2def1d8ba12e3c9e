package org.invitemanager.xmpp;

import java.time.Duration;
import java.util.logging.Logger;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smackx.ping.PingManager;

/** Whether a quiet connection still lives, and closing one that may already be half gone. */
final class Liveness {

    private static final Logger LOG = Logger.getLogger(Liveness.class.getName());
    private static final Duration LONGEST_PING = Duration.ofSeconds(5);

    private Liveness() {
    }

    /** Pings the server, waiting no longer than the session waits for any answer, and at most 5 s. */
    static boolean answersPing(XMPPConnection connection, Duration replyTimeout) {
        long millis = Math.min(LONGEST_PING.toMillis(), replyTimeout.toMillis());
        try {
            return PingManager.getInstanceFor(connection).pingMyServer(false, millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (SmackException.NotConnectedException e) {
            return false;
        }
    }

    static void disconnectSafely(XMPPTCPConnection closing) {
        try {
            closing.disconnect();
        } catch (RuntimeException e) {
            LOG.fine(() -> "disconnect failed: " + e.getClass().getSimpleName());
        }
    }
}
