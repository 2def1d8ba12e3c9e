package org.invitemanager.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.control.TextInputControl;
import org.invitemanager.testsupport.ProsodyServer;
import org.invitemanager.testsupport.TestAccounts;
import org.invitemanager.xmpp.SmackXmppSession;

/**
 * The in-JVM half of the benchmark (packaging/benchmark.sh is the whole, and the one command to run). Not a test:
 * surefire's name patterns do not match anything in this package, so {@code mvn verify} never runs it.
 * <p>
 * {@code Benchmark timings OUT.tsv}: one real Prosody and the real app, headless, logged in through its form; then
 * click → QR against the bare round trip of the same command (interleaved, 4 pairs a run), QR rendering, and 100
 * invites with the app's bulk engine against 100 prosodyctl runs (interleaved, batch by batch).
 * <p>
 * {@code Benchmark memory OUT.tsv}: one sample of the app's resident set in a fresh JVM: after login, and after 100
 * invites made on the app's bulk tab. The script runs it once per run.
 * <p>
 * The number of runs is {@code -Dbench.runs} (the script passes RUNS, 5 by default). The JVM needs the headless
 * properties surefire uses (testfx.headless, glass.platform=Monocle, …); the script sets them.
 */
public final class Benchmark {

    private static final int BATCH = 100;
    /** Click/round-trip pairs per run: each pair takes a fraction of a second, and a busy machine spreads them. */
    private static final int PAIRS_PER_RUN = 4;

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2 || !List.of("timings", "memory").contains(args[0])) {
            System.err.println("usage: Benchmark timings|memory OUT.tsv (run it through packaging/benchmark.sh)");
            System.exit(2);
        }
        Figures figures = new Figures(Path.of(args[1]));
        int runs = Integer.getInteger("bench.runs", 5);
        int status = 1;
        try {
            if (args[0].equals("timings")) {
                timings(figures, runs);
            } else {
                memory(figures);
            }
            status = 0;
        } catch (Exception | Error e) {
            e.printStackTrace();  // System.exit below would otherwise end the JVM before the trace is printed
        } finally {
            // The FX toolkit's threads would keep the JVM alive; the test server's shutdown hook stops Prosody.
            System.exit(status);
        }
    }

    private static void timings(Figures figures, int runs) throws Exception {
        Path home = Files.createTempDirectory("invite-manager-bench");
        try (ProsodyServer server = ProsodyServer.start()) {
            HeadlessApp app = HeadlessApp.showAndLogIn(server, home);
            clickToQr(figures, runs, app, server);
            String link = app.robot().lookup("#inviteLink").queryAs(TextInputControl.class).getText();
            qrRender(figures, runs, link);
            bulk(figures, runs, server);
            app.close();
        }
    }

    private static void clickToQr(Figures figures, int runs, HeadlessApp app, ProsodyServer server)
            throws Exception {
        ClickToQr click = new ClickToQr(app.robot());
        List<Double> ui = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        double first;
        try (BareCommand command = new BareCommand(server)) {
            first = click.clickAndWait();
            command.roundTrip();
            for (int pair = 0; pair < runs * PAIRS_PER_RUN; pair++) {
                double shown = click.clickAndWait();
                double roundTrip = command.roundTrip();
                ui.add(shown);
                bare.add(roundTrip);
                ratios.add(shown / roundTrip);
            }
        }
        figures.add("click → QR on screen, 1st of session", "ms", List.of(first),
                "cold: not in the runs below");
        figures.add("click → QR on screen", "ms", ui, "action event to the frame painted");
        figures.add("bare Smack round trip, same command", "ms", bare, BareCommand.NODE + ", 1 IQ");
        figures.add("ratio click→QR / bare round trip", "x", ratios, "per interleaved pair");
    }

    private static void qrRender(Figures figures, int runs, String link) {
        QrRenderBench qr = new QrRenderBench(link);
        Map<String, List<Double>> micros = qr.measure(runs);
        String what = qr.modules() + " modules, " + qr.pixelsPerModule() + " px/module, " + link.length() + " chars";
        figures.add("QR: ZXing QRCodeWriter alone", "µs", micros.get("writer"), what);
        figures.add("QR encode (QrEncoder)", "µs", micros.get("encode"), "writer + read-back check");
        figures.add("QR encode + raster (QrRaster)", "µs", micros.get("raster"), "pure Java ARGB");
        figures.add("QR encode + raster + JavaFX image", "µs", micros.get("image"), "QrView.imageOf");
    }

    private static void bulk(Figures figures, int runs, ProsodyServer server) throws Exception {
        List<Double> app = new ArrayList<>();
        List<Double> prosodyctl = new ArrayList<>();
        try (SmackXmppSession session = TestAccounts.adminSession(server)) {
            BulkBench bulk = new BulkBench(server, session);
            bulk.withTheApp(10);
            for (int run = 0; run < runs; run++) {
                app.add(bulk.withTheApp(BATCH));
                prosodyctl.add(bulk.withProsodyctl(BATCH));
            }
        }
        figures.add(BATCH + " invites, BulkInviteRun", "ms", app, "SmackXmppSession, 4 in flight");
        figures.add(BATCH + " invites, prosodyctl mod_invites generate", "ms", prosodyctl, "one process each");
    }

    private static void memory(Figures figures) throws Exception {
        Path home = Files.createTempDirectory("invite-manager-bench");
        try (ProsodyServer server = ProsodyServer.start()) {
            HeadlessApp app = HeadlessApp.showAndLogIn(server, home);
            Thread.sleep(2000);
            figures.add("RSS after login", "MiB", List.of(Rss.mebibytes()), "VmRSS of a fresh JVM running the app");
            double millis = app.bulkOnItsTab(BATCH);
            Thread.sleep(2000);
            figures.add("RSS after " + BATCH + " invites", "MiB", List.of(Rss.mebibytes()), "made on the bulk tab");
            figures.add(BATCH + " invites on the app's bulk tab", "ms", List.of(millis), "click Start → result line");
            app.close();
        }
    }
}
