package org.invitemanager.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.invitemanager.settings.AppPaths;
import org.invitemanager.xmpp.SmackXmppSession;
import org.invitemanager.xmpp.XmppSession;

/**
 * Everything the command line takes from the world outside it, so tests run it in-process with their own streams,
 * environment, clock and sessions.
 *
 * @param env        the environment variables, where a password may come from
 * @param out        results: invite lines, tables, JSON
 * @param err        messages, progress and warnings
 * @param prompt     reads a password from the terminal
 * @param sessions   makes the XMPP session, the same one the app uses
 * @param clock      for the history's creation times and the list's status
 * @param dataDir    where the app keeps certificate pins and the invite history
 * @param interrupts lets a running batch stop cleanly on Ctrl+C
 */
public record CliEnvironment(Map<String, String> env, PrintWriter out, PrintWriter err, PasswordPrompt prompt,
                             Supplier<XmppSession> sessions, Clock clock, Path dataDir, InterruptHook interrupts) {

    public CliEnvironment {
        env = Map.copyOf(env);
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(interrupts, "interrupts");
    }

    /** The real process: its environment, standard streams, terminal, data directory and shutdown hooks. */
    public static CliEnvironment system() {
        // The one place the app writes to the standard streams: they are the command line's output.
        return new CliEnvironment(System.getenv(), new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                CliEnvironment::readFromConsole, SmackXmppSession::new, Clock.systemUTC(),
                AppPaths.fromEnvironment().dataDir(), CliEnvironment::onShutdown);
    }

    private static char[] readFromConsole(String prompt) {
        Console console = System.console();
        return console == null ? null : console.readPassword("%s", prompt);
    }

    private static InterruptHook.Installed onShutdown(Runnable action) {
        Thread hook = new Thread(action, "cli-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        return () -> {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The hook is running or has run; there is nothing left to undo.
            }
        };
    }
}
