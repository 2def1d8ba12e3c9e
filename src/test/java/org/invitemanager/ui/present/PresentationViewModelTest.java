package org.invitemanager.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import org.invitemanager.domain.Invite;
import org.invitemanager.domain.InviteKind;
import org.invitemanager.domain.LabelledInvite;
import org.invitemanager.testsupport.MutableClock;
import org.junit.jupiter.api.Test;

class PresentationViewModelTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private final MutableClock clock = new MutableClock(NOW);

    private static LabelledInvite invite(String label, Instant expires, String landing) {
        return new LabelledInvite(label, new Invite(InviteKind.ACCOUNT, "xmpp:example.org?register;preauth=" + label,
                landing, expires, label));
    }

    @Test
    void showsTheCodeWithACountdownAndTakesItAwayWhenTheInviteExpires() {
        PresentationViewModel model = new PresentationViewModel(
                List.of(invite("a", NOW.plusSeconds(90), "https://example.org/i/a")), 0, "example.org", clock);
        assertEquals("https://example.org/i/a", model.payloadProperty().get());
        assertEquals("Expires in 1:30", model.countdownProperty().get());
        assertEquals("Scan with your phone’s camera", model.instructionsProperty().get());
        assertEquals("", model.positionProperty().get());
        assertFalse(model.expiredProperty().get());

        clock.advance(Duration.ofSeconds(89));
        model.tick();
        assertEquals("Expires in 0:01", model.countdownProperty().get());

        clock.advance(Duration.ofSeconds(1));
        model.tick();
        assertTrue(model.expiredProperty().get());
        assertEquals("", model.payloadProperty().get(), "no code that no longer works stays on screen");
        assertEquals("This invite has expired. Create a new one.", model.countdownProperty().get());
    }

    @Test
    void stepsThroughABatchAndStopsAtEitherEnd() {
        PresentationViewModel model = new PresentationViewModel(List.of(invite("W1", null, null),
                invite("W2", null, null), invite("W3", null, null)), 1, "example.org", clock);
        assertEquals("W2", model.labelProperty().get());
        assertEquals("2 of 3", model.positionProperty().get());
        model.next();
        model.next();
        assertEquals("W3", model.labelProperty().get());
        assertEquals("xmpp:example.org?register;preauth=W3", model.payloadProperty().get());
        assertEquals("Scan with an XMPP app (Conversations, Monal, Siskin…)",
                model.instructionsProperty().get(), "a raw xmpp: link needs an app, not the camera");
        model.previous();
        model.previous();
        model.previous();
        assertEquals("1 of 3", model.positionProperty().get());
        assertEquals("This invite does not expire.", model.countdownProperty().get());
    }

    @Test
    void remainingTimeIsCoarseFarOffAndBySecondNearTheEnd() {
        assertEquals("2 days 4 h", PresentationViewModel.remaining(Duration.ofHours(52)));
        assertEquals("1 day 0 h", PresentationViewModel.remaining(Duration.ofDays(1)));
        assertEquals("3 h 05 min", PresentationViewModel.remaining(Duration.ofMinutes(185)));
        assertEquals("14:59", PresentationViewModel.remaining(Duration.ofSeconds(899)));
        assertEquals("0:01", PresentationViewModel.remaining(Duration.ofMillis(200)), "rounded up, never 0:00");
    }

    @Test
    void aSecondScreenGetsThePresentationAndOneScreenIsUsedAsItIs() {
        Rectangle2D laptop = new Rectangle2D(0, 0, 1920, 1080);
        Rectangle2D projector = new Rectangle2D(1920, 0, 1280, 720);
        assertEquals(1, ScreenChoice.pick(List.of(laptop, projector), new Point2D(900, 500)));
        assertEquals(0, ScreenChoice.pick(List.of(laptop, projector), new Point2D(2500, 300)),
                "with the app on the projector, the laptop's screen presents");
        assertEquals(0, ScreenChoice.pick(List.of(laptop), new Point2D(900, 500)));
        assertEquals(1, ScreenChoice.pick(List.of(laptop, projector), null));
    }
}
