package org.invitemanager.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.invitemanager.domain.Invite;
import org.invitemanager.domain.InviteKind;
import org.invitemanager.domain.InviteListEntry;
import org.invitemanager.domain.InviteOptions;
import org.invitemanager.domain.LabelledInvite;
import org.invitemanager.export.PaperSize;
import org.invitemanager.export.PdfInviteSheet;
import org.invitemanager.testsupport.ProsodyExtension;
import org.invitemanager.testsupport.ProsodyServer;
import org.invitemanager.testsupport.TestAccounts;
import org.invitemanager.xmpp.InviteRedeemer;
import org.invitemanager.xmpp.SmackXmppSession;
import org.invitemanager.xmpp.XmppSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Batches against a real Prosody with the companion module: every invite on the printed sheet registers an account. */
class BulkInvitesAgainstProsodyTest {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(
            ProsodyServer.Options.defaults().withCompanionModule());

    private static SmackXmppSession admin;

    @TempDir
    Path dir;

    @BeforeAll
    static void logInAsAdmin() {
        admin = TestAccounts.adminSession(PROSODY.server());
    }

    @AfterAll
    static void logOut() {
        admin.close();
    }

    @Test
    void twentyFiveInvitesOnAPdfSheetEachScanAndRegisterAnAccount() throws Exception {
        CountingSession counting = new CountingSession(admin);
        InviteOptions options = new InviteOptions(InviteKind.ACCOUNT, Duration.ofDays(2), false, null, null, null,
                null);
        BulkRequest request = new BulkRequest(options, 25, "Workshop", true);
        BulkOutcome outcome = new BulkInviteRun(counting, request, 4, Clock.systemUTC(), new BulkListener() { })
                .start().orTimeout(60, TimeUnit.SECONDS).join();

        assertTrue(outcome.complete(), () -> "failures: " + outcome.failed());
        assertEquals(25, outcome.made().size());
        assertEquals(4, counting.mostInFlight.get(), "four creates overlapped on the one connection, never more");
        assertEquals(25, outcome.made().stream().map(m -> m.invite().id()).distinct().count());

        Path sheet = dir.resolve("workshop.pdf");
        PdfInviteSheet.write(outcome.made(), PaperSize.A4, PROSODY.server().domain(), sheet);
        List<String> scanned = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(sheet.toFile())) {
            assertEquals(4, pdf.getNumberOfPages(), "eight cards a page");
            PDFRenderer renderer = new PDFRenderer(pdf);
            for (int page = 0; page < pdf.getNumberOfPages(); page++) {
                scanned.addAll(scanAll(renderer.renderImageWithDPI(page, 150, ImageType.RGB)));
            }
        }
        Set<String> expected = new HashSet<>();
        outcome.made().forEach(m -> expected.add(m.invite().qrPayload()));
        assertEquals(25, scanned.size(), "every card's code is found on the rendered pages");
        assertEquals(expected, new HashSet<>(scanned));

        for (String link : scanned) {
            String name = TestAccounts.freshName("sheet");
            InviteRedeemer.register(TestAccounts.target(PROSODY.server()), link, name, "pw-" + name);
            TestAccounts.smackLogin(PROSODY.server(), name, "pw-" + name).disconnect();
        }

        List<InviteListEntry> listed = admin.listInvites().orTimeout(20, TimeUnit.SECONDS).join();
        Set<String> ids = new HashSet<>();
        outcome.made().forEach(m -> ids.add(m.invite().id()));
        assertTrue(listed.stream().noneMatch(e -> ids.contains(e.id()) && e.status() == InviteListEntry.Status.PENDING),
                "every invite of the sheet has been used up");
    }

    @Test
    void cancellingMidWayReportsEveryInviteTheServerMadeAndEachOneWorks() {
        BulkRequest request = new BulkRequest(InviteOptions.of(InviteKind.ACCOUNT), 40, "Cancelled batch", true);
        AtomicReference<BulkInviteRun> run = new AtomicReference<>();
        AtomicInteger made = new AtomicInteger();
        run.set(new BulkInviteRun(admin, request, 3, Clock.systemUTC(), new BulkListener() {
            @Override
            public void made(int number, LabelledInvite invite) {
                if (made.incrementAndGet() == 5) {
                    run.get().cancel();
                }
            }
        }));
        BulkOutcome outcome = run.get().start().orTimeout(60, TimeUnit.SECONDS).join();

        assertTrue(outcome.cancelled());
        assertTrue(outcome.made().size() >= 5 && outcome.made().size() <= 5 + 3,
                "the five before cancel and at most the three in flight: " + outcome.made().size());
        assertTrue(outcome.failed().isEmpty());
        assertEquals(40, outcome.made().size() + outcome.notStarted());

        Set<String> reported = new HashSet<>();
        outcome.made().forEach(m -> reported.add(m.invite().id()));
        Set<String> onServer = new HashSet<>();
        admin.listInvites().orTimeout(20, TimeUnit.SECONDS).join().stream()
                .filter(e -> e.note() != null && e.note().startsWith("Cancelled batch"))
                .forEach(e -> onServer.add(e.id()));
        assertEquals(onServer, reported, "nothing the server made is missing from the report");

        for (LabelledInvite invite : outcome.made()) {
            String name = TestAccounts.freshName("cancel");
            InviteRedeemer.register(TestAccounts.target(PROSODY.server()), invite.invite().uri(), name, "pw");
        }
        assertFalse(outcome.complete());
    }

    /** Every QR code ZXing finds on a rendered page, as a phone would see the whole sheet. */
    private static List<String> scanAll(BufferedImage page) throws NotFoundException {
        int[] argb = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(page.getWidth(), page.getHeight(), argb)));
        Result[] results = new QRCodeMultiReader().decodeMultiple(bitmap, Map.of(DecodeHintType.TRY_HARDER, true));
        List<String> texts = new ArrayList<>();
        for (Result result : results) {
            texts.add(result.getText());
        }
        return texts;
    }

    /** Passes creates through to the real session and records how many were in flight at once. */
    private static final class CountingSession extends ForwardingSession {
        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicInteger mostInFlight = new AtomicInteger();

        CountingSession(XmppSession real) {
            super(real);
        }

        @Override
        public CompletableFuture<Invite> createInvite(InviteOptions options) {
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            return super.createInvite(options).whenComplete((invite, error) -> inFlight.decrementAndGet());
        }
    }
}
