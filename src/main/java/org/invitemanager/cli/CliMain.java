package org.invitemanager.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;

/**
 * The command-line mode of the app, in the same jar and over the same XMPP session as the window:
 * {@code invite-manager create|list|revoke|policy ...}. The launcher asks {@link #isCommandLine} first and opens the
 * window otherwise.
 */
public final class CliMain {

    private static final Logger LOG = Logger.getLogger(CliMain.class.getName());
    private static final Set<String> ENTRY_WORDS = Set.of("create", "list", "revoke", "policy", "help", "-h",
            "--help", "-V", "--version");

    private CliMain() {
    }

    /** Whether these arguments ask for the command line rather than the window. */
    public static boolean isCommandLine(String[] args) {
        return args != null && args.length > 0 && ENTRY_WORDS.contains(args[0]);
    }

    /** Runs one command to the end and returns its exit code, one of {@link ExitCodes}. */
    public static int run(String[] args, CliEnvironment env) {
        try (CliLogging quiet = CliLogging.quiet()) {
            return commandLine(env).execute(args);
        } finally {
            env.out().flush();
            env.err().flush();
        }
    }

    static CommandLine commandLine(CliEnvironment env) {
        CommandLine line = new CommandLine(new InviteManagerCommand())
                .addSubcommand(new CreateCommand(env))
                .addSubcommand(new ListCommand(env))
                .addSubcommand(new RevokeCommand(env))
                .addSubcommand(new PolicyCommand(env));
        line.setOut(env.out());
        line.setErr(env.err());
        line.setExitCodeExceptionMapper(CliMain::exitCodeOf);
        line.setParameterExceptionHandler(CliMain::usageError);
        line.setExecutionExceptionHandler((error, failed, parsed) -> executionError(error, failed));
        addExitCodes(line);
        return line;
    }

    private static void addExitCodes(CommandLine line) {
        line.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(ExitCodes.descriptions());
        line.getSubcommands().values().forEach(CliMain::addExitCodes);
    }

    private static int exitCodeOf(Throwable error) {
        if (error instanceof CliException known) {
            return known.exitCode();
        }
        if (error instanceof CommandLine.ParameterException) {
            return ExitCodes.USAGE;
        }
        return ExitCodes.UNEXPECTED;
    }

    private static int executionError(Exception error, CommandLine failed) {
        PrintWriter err = failed.getErr();
        if (error instanceof CliException known) {
            err.println("Error: " + known.getMessage());
        } else {
            // Only the kind: the message of an unforeseen exception might quote a link or a server's text.
            err.println("Error: something unexpected went wrong (" + error.getClass().getName() + "); run with "
                    + "-Dinvitemanager.debug=true for details.");
            if (Boolean.getBoolean("invitemanager.debug")) {
                LOG.log(Level.WARNING, "command failed", error);
            }
        }
        return failed.getExitCodeExceptionMapper().getExitCode(error);
    }

    private static int usageError(CommandLine.ParameterException error, String[] args) {
        CommandLine failed = error.getCommandLine();
        PrintWriter err = failed.getErr();
        if (Arrays.stream(args).anyMatch(CliMain::looksLikePasswordOption)) {
            // Said without repeating the arguments: the word after --password is someone's password.
            err.println("Error: there is no --password option, so a password never shows in the process list or "
                    + "the shell history. Set " + PasswordSource.DEFAULT_VARIABLE + ", pass --password-file, or "
                    + "type it when asked.");
        } else {
            err.println("Error: " + error.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(error, err);
        }
        err.println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more information.");
        return failed.getExitCodeExceptionMapper().getExitCode(error);
    }

    private static boolean looksLikePasswordOption(String arg) {
        String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
        return name.startsWith("--password") && !name.equals("--password-env") && !name.equals("--password-file");
    }
}
