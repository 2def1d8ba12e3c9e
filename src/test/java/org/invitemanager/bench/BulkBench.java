package org.invitemanager.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.invitemanager.bulk.BulkInviteRun;
import org.invitemanager.bulk.BulkListener;
import org.invitemanager.bulk.BulkOutcome;
import org.invitemanager.bulk.BulkRequest;
import org.invitemanager.domain.InviteKind;
import org.invitemanager.domain.InviteOptions;
import org.invitemanager.testsupport.ProsodyServer;
import org.invitemanager.xmpp.SmackXmppSession;

/**
 * A batch of account invites two ways on the same server: the app's bulk engine over its own session (several
 * creates in flight on one connection), and the server's command line, one process per invite.
 */
final class BulkBench {

    private final ProsodyServer server;
    private final SmackXmppSession session;

    BulkBench(ProsodyServer server, SmackXmppSession session) {
        this.server = server;
        this.session = session;
    }

    /** Milliseconds for {@code count} invites with BulkInviteRun, as many in flight as the app uses. */
    double withTheApp(int count) {
        BulkRequest request = new BulkRequest(InviteOptions.of(InviteKind.ACCOUNT), count, "Bench", false);
        long start = System.nanoTime();
        BulkOutcome outcome = new BulkInviteRun(session, request, BulkInviteRun.DEFAULT_IN_FLIGHT, Clock.systemUTC(),
                new BulkListener() { }).start().orTimeout(300, TimeUnit.SECONDS).join();
        double millis = Figures.millisSince(start);
        if (!outcome.complete() || outcome.made().size() != count) {
            throw new IllegalStateException("the batch did not make " + count + " invites: " + outcome.failed());
        }
        return millis;
    }

    /** Milliseconds for {@code count} runs of {@code prosodyctl --config CFG mod_invites generate localhost}. */
    double withProsodyctl(int count) throws IOException, InterruptedException {
        List<String> command = List.of("prosodyctl", "--config", server.configFile().toString(), "mod_invites",
                "generate", server.domain());
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0 || !output.contains("preauth=")) {
                process.destroyForcibly();
                throw new IllegalStateException("prosodyctl made no invite: " + output);
            }
        }
        return Figures.millisSince(start);
    }
}
