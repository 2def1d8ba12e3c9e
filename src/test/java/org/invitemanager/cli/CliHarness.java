package org.invitemanager.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.invitemanager.xmpp.SmackXmppSession;
import org.invitemanager.xmpp.XmppSession;

/** Runs the command line in-process with captured output, an environment map and a chosen session. */
final class CliHarness {

    private static final ObjectMapper JSON = new ObjectMapper();

    final Map<String, String> env = new HashMap<>();
    PasswordPrompt prompt = ignored -> null;
    Supplier<XmppSession> sessions = SmackXmppSession::new;
    Clock clock = Clock.systemUTC();
    Path dataDir;
    InterruptHook interrupts = InterruptHook.NONE;

    CliHarness(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** Output and exit code of one run. */
    record Result(int code, String out, String err) {

        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (java.io.IOException e) {
                throw new UncheckedIOException("not JSON: " + out + "\nstderr: " + err, e);
            }
        }

        @Override
        public String toString() {
            return "exit " + code + "\n--- out:\n" + out + "--- err:\n" + err;
        }
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliEnvironment environment = new CliEnvironment(env, new PrintWriter(out), new PrintWriter(err), prompt,
                sessions, clock, dataDir, interrupts);
        int code = CliMain.run(args, environment);
        return new Result(code, out.toString(), err.toString());
    }
}
