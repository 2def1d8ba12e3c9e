package org.invitemanager.qr;

import java.util.LinkedHashMap;
import java.util.Map;
import org.invitemanager.domain.FailureException;

/**
 * The codes of the last few payloads, so a code can be made on a background thread and then shown on the FX thread
 * without making it again. Encoding reads each code back with ZXing, which takes tens of milliseconds, and more while
 * the JIT is cold: too long for the FX thread.
 */
public final class QrCodes {

    private static final int KEPT = 32;

    /** An encoded code, or why the payload has none. */
    private record Outcome(QrMatrix matrix, FailureException failure) { }

    private static final Map<String, Outcome> RECENT = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Outcome> eldest) {
            return size() > KEPT;
        }
    };

    private QrCodes() {
    }

    /** Makes the code for {@code payload} now, off the FX thread, so that {@link #encode} finds it ready. */
    public static void prepare(String payload) {
        try {
            encode(payload);
        } catch (FailureException e) {
            // Kept with the payload: the view shows the failure when it asks.
        }
    }

    /**
     * The code for {@code payload}, as {@link QrEncoder#encode} makes it.
     *
     * @throws FailureException if the payload cannot be encoded
     */
    public static QrMatrix encode(String payload) {
        Outcome known;
        synchronized (RECENT) {
            known = RECENT.get(payload);
        }
        if (known == null) {
            try {
                known = new Outcome(QrEncoder.encode(payload), null);
            } catch (FailureException e) {
                known = new Outcome(null, e);
            }
            synchronized (RECENT) {
                RECENT.put(payload, known);
            }
        }
        if (known.failure() != null) {
            throw known.failure();
        }
        return known.matrix();
    }
}
