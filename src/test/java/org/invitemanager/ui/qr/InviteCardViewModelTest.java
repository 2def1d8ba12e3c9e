package org.invitemanager.ui.qr;

import org.invitemanager.testsupport.MutableClock;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.invitemanager.domain.Invite;
import org.invitemanager.domain.InviteKind;
import org.invitemanager.ui.ExpiryText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InviteCardViewModelTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final String URI = "xmpp:localhost?register;preauth=Xq3vT9b_Kd2LmN8pRs-4uWy7";
    private static final String LANDING = "https://invite.example.org/Xq3vT9b_Kd2LmN8pRs-4uWy7";
    private static final Instant IN_A_WEEK = Instant.parse("2026-12-08T10:00:00Z");

    @TempDir
    Path temp;

    private InviteCardViewModel card;

    @BeforeEach
    void setUp() {
        card = new InviteCardViewModel(Clock.fixed(NOW, ZoneOffset.UTC), new ExpiryText(ZoneOffset.UTC, Locale.UK),
                Runnable::run, Runnable::run);
    }

    @Test
    void expiryIsShownAbsoluteAndRelative() {
        card.show(new Invite(InviteKind.ACCOUNT, URI, null, IN_A_WEEK));

        assertEquals("Valid until 8 Dec 2026 10:00, in 7 days", card.expiryTextProperty().get());
    }

    @Test
    void inviteWithoutExpiryNeverExpires() {
        card.show(new Invite(InviteKind.ACCOUNT, URI, null, null));

        assertEquals("Never expires", card.expiryTextProperty().get());
    }

    @Test
    void expiredInviteSaysSo() {
        card.show(new Invite(InviteKind.ACCOUNT, URI, null, Instant.parse("2026-11-30T09:00:00Z")));

        assertEquals("Expired 30 Nov 2026 09:00", card.expiryTextProperty().get());
    }

    @Test
    void landingUrlBecomesThePayloadAndTheHintMentionsTheCamera() {
        card.show(new Invite(InviteKind.ACCOUNT, URI, LANDING, IN_A_WEEK));

        assertEquals(LANDING, card.payloadProperty().get());
        assertTrue(card.scanHintProperty().get().contains("camera"), card.scanHintProperty().get());
        assertFalse(card.scanHintProperty().get().contains("needs an XMPP app"));
        assertEquals(URI, card.xmppLinkBesidePageProperty().get(), "the xmpp: link stays reachable");
    }

    @Test
    void withoutLandingUrlTheHintSaysAnXmppAppIsNeeded() {
        card.show(new Invite(InviteKind.ACCOUNT, URI, null, IN_A_WEEK));

        assertEquals(URI, card.payloadProperty().get());
        String hint = card.scanHintProperty().get();
        assertTrue(hint.contains("needs an XMPP app"), hint);
        assertTrue(hint.contains("xmpp:"), hint);
        assertEquals("", card.xmppLinkBesidePageProperty().get(), "the link is already the payload");
    }

    @Test
    void kindTextDistinguishesContactInvitesThatRegister() {
        card.show(new Invite(InviteKind.CONTACT, "xmpp:admin@localhost?roster;preauth=T;ibr=y", null, IN_A_WEEK));
        assertEquals("Contact invite: creates an account and adds you as a contact", card.kindTextProperty().get());

        card.show(new Invite(InviteKind.CONTACT, "xmpp:alice@localhost?roster;preauth=T", null, IN_A_WEEK));
        assertEquals("Contact invite: adds you as a contact (needs an existing account)",
                card.kindTextProperty().get());
    }

    @Test
    void showingNothingClearsEveryText() {
        card.show(new Invite(InviteKind.ACCOUNT, URI, LANDING, IN_A_WEEK));

        card.show(null);

        assertNull(card.inviteProperty().get());
        assertEquals("", card.payloadProperty().get());
        assertEquals("", card.kindTextProperty().get());
        assertEquals("", card.expiryTextProperty().get());
        assertEquals("", card.scanHintProperty().get());
    }

    @Test
    void savedPngDecodesToTheExactPayload() throws Exception {
        card.show(new Invite(InviteKind.ACCOUNT, URI, LANDING, IN_A_WEEK));
        Path png = temp.resolve("invite.png");

        card.savePng(png).join();

        assertEquals("Saved invite.png.", card.exportStatusProperty().get());
        assertEquals(LANDING, decode(png));
    }

    @Test
    void savedPngOfARawUriKeepsTheTokensCase() throws Exception {
        card.show(new Invite(InviteKind.CONTACT, "xmpp:admin@localhost?roster;preauth=AbC-dEf_gHi;ibr=y", null,
                IN_A_WEEK));
        Path png = temp.resolve("contact.png");

        card.savePng(png).join();

        assertEquals("Saved contact.png.", card.exportStatusProperty().get());
        assertEquals("xmpp:admin@localhost?roster;preauth=AbC-dEf_gHi;ibr=y", decode(png));
    }

    @Test
    void savingIntoAMissingDirectoryReportsItWithoutThrowing() throws IOException {
        card.show(new Invite(InviteKind.ACCOUNT, URI, null, IN_A_WEEK));
        Path target = temp.resolve("missing/invite.png");

        CompletableFuture<Void> done = assertDoesNotThrow(() -> card.savePng(target));

        assertTrue(done.isDone());
        assertTrue(card.exportStatusProperty().get().startsWith("Could not save invite.png"),
                card.exportStatusProperty().get());
        assertFalse(Files.exists(target));
        assertNoLeftovers();
    }

    @Test
    void savingBelowAFileReportsItWithoutThrowing() throws IOException {
        card.show(new Invite(InviteKind.ACCOUNT, URI, null, IN_A_WEEK));
        Path blocker = Files.writeString(temp.resolve("not-a-directory"), "x");

        assertDoesNotThrow(() -> card.savePng(blocker.resolve("invite.png")));

        assertTrue(card.exportStatusProperty().get().startsWith("Could not save invite.png"),
                card.exportStatusProperty().get());
    }

    @Test
    void savingWithoutAnInviteSaysThereIsNothingToSave() {
        CompletableFuture<Void> done = assertDoesNotThrow(() -> card.savePng(temp.resolve("empty.png")));

        assertTrue(done.isDone());
        assertEquals("There is no link to show as a QR code", card.exportStatusProperty().get());
        assertFalse(Files.exists(temp.resolve("empty.png")));
    }

    @Test
    void showingAnotherInviteClearsTheExportStatus() {
        card.show(new Invite(InviteKind.ACCOUNT, URI, null, IN_A_WEEK));
        card.savePng(temp.resolve("invite.png")).join();

        card.show(new Invite(InviteKind.ACCOUNT, URI + "x", null, IN_A_WEEK));

        assertEquals("", card.exportStatusProperty().get());
    }

    @Test
    void refreshClockRecomputesTheRelativeExpiry() {
        MutableClock clock = new MutableClock(NOW);
        InviteCardViewModel ticking = new InviteCardViewModel(clock, new ExpiryText(ZoneOffset.UTC, Locale.UK),
                Runnable::run, Runnable::run);
        ticking.show(new Invite(InviteKind.ACCOUNT, URI, null, IN_A_WEEK));

        clock.set(Instant.parse("2026-12-08T09:30:00Z"));
        ticking.refreshClock();

        assertEquals("Valid until 8 Dec 2026 10:00, in 30 minutes", ticking.expiryTextProperty().get());
    }

    private void assertNoLeftovers() throws IOException {
        try (Stream<Path> files = Files.walk(temp)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    private static String decode(Path png) throws Exception {
        BufferedImage image;
        try (InputStream in = Files.newInputStream(png)) {
            image = ImageIO.read(in);
        }
        assertNotNull(image, "a readable PNG");
        int width = image.getWidth();
        int height = image.getHeight();
        int[] argb = image.getRGB(0, 0, width, height, null, 0, width);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, argb)));
        return new QRCodeReader().decode(bitmap).getText();
    }
}
