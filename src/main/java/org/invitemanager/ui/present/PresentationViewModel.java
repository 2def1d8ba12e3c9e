package org.invitemanager.ui.present;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.invitemanager.domain.Invite;
import org.invitemanager.domain.LabelledInvite;
import org.invitemanager.ui.Texts;

/**
 * One invite at a time, full screen, for people to scan from across a table: the QR, what to do with it, the
 * server, and a live countdown. With a batch, the admin steps through the invites one person after another. An
 * expired invite's QR is taken off the screen, so nobody scans a code that no longer works.
 */
public final class PresentationViewModel {

    private final ReadOnlyStringWrapper payload = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper label = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper instructions = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper countdown = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper expired = new ReadOnlyBooleanWrapper(false);
    private final String server;

    private final List<LabelledInvite> invites;
    private final Clock clock;
    private int index;

    /** Shows {@code invites}, starting with the one at {@code start}. */
    public PresentationViewModel(List<LabelledInvite> invites, int start, String server, Clock clock) {
        if (invites.isEmpty()) {
            throw new IllegalArgumentException("nothing to present");
        }
        this.invites = List.copyOf(invites);
        this.server = server;
        this.clock = clock;
        this.index = Math.max(0, Math.min(start, invites.size() - 1));
        showCurrent();
    }

    public void next() {
        if (index < invites.size() - 1) {
            index++;
            showCurrent();
        }
    }

    public void previous() {
        if (index > 0) {
            index--;
            showCurrent();
        }
    }

    /** Recomputes the countdown; the view calls this every second. */
    public void tick() {
        Invite invite = current().invite();
        Instant now = clock.instant();
        boolean over = invite.expires() != null && !invite.expires().isAfter(now);
        expired.set(over);
        payload.set(over ? "" : invite.qrPayload());
        countdown.set(over ? Texts.get("present.countdown.expired")
                : invite.expires() == null ? Texts.get("present.countdown.never")
                : Texts.format("present.countdown.left", remaining(Duration.between(now, invite.expires()))));
    }

    private void showCurrent() {
        LabelledInvite shown = current();
        label.set(shown.label());
        position.set(invites.size() == 1 ? "" : Texts.format("present.position", index + 1, invites.size()));
        instructions.set(shown.invite().needsXmppApp() ? Texts.get("present.instructions.xmppApp")
                : Texts.get("present.instructions.camera"));
        tick();
    }

    private LabelledInvite current() {
        return invites.get(index);
    }

    /** "2 days 4 h", "3 h 05 min", "14:59": coarse while there is time, by the second near the end. */
    static String remaining(Duration left) {
        long seconds = Math.max(0, (left.toMillis() + 999) / 1000);
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3600;
        long minutes = seconds % 3600 / 60;
        if (days > 0) {
            return Texts.format("present.remaining.days", days, hours);
        }
        if (hours > 0) {
            return Texts.format("present.remaining.hours", hours, minutes);
        }
        return Texts.format("present.remaining.minutes", minutes, seconds % 60);
    }

    public ReadOnlyStringProperty payloadProperty() {
        return payload.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty labelProperty() {
        return label.getReadOnlyProperty();
    }

    /** "3 of 25" for a batch; empty for a single invite. */
    public ReadOnlyStringProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty instructionsProperty() {
        return instructions.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countdownProperty() {
        return countdown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty expiredProperty() {
        return expired.getReadOnlyProperty();
    }

    public String server() {
        return server;
    }

    public boolean hasMany() {
        return invites.size() > 1;
    }
}
