package org.invitemanager.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.invitemanager.bulk.BulkInviteRun;
import org.invitemanager.bulk.BulkRequest;
import org.invitemanager.domain.InviteKind;
import org.invitemanager.domain.InviteOptions;
import org.invitemanager.domain.ServerCapabilities;
import org.invitemanager.domain.SessionInfo;
import org.invitemanager.export.PaperSize;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code create}: one invite or a batch, printed, kept in the local history, and optionally exported. */
@Command(name = "create", sortOptions = false, versionProvider = InviteManagerCommand.Version.class,
        header = "Create invites, print them, and write a PDF sheet or a CSV file.",
        description = {"Creates invites and prints one line per invite: label, link, expiry (or \"never\") and id "
                + "(or \"-\"), separated by tabs. Progress and errors go to standard error.",
                "Every invite is also kept in the app's local history. Options beyond --kind need the Invite "
                        + "Manager module on the server. Ctrl+C starts no more invites; those already made are still "
                        + "printed and exported."})
final class CreateCommand implements Callable<Integer> {

    static final int MAX_IN_FLIGHT = 16;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--kind", paramLabel = "KIND", defaultValue = "account", converter = KindNames.Converter.class,
            description = "account, contact or reset (default: ${DEFAULT-VALUE}).")
    InviteKind kind;

    @Option(names = "--count", paramLabel = "N", defaultValue = "1",
            description = "How many invites (default: ${DEFAULT-VALUE}, at most " + BulkRequest.MAX_COUNT + ").")
    int count;

    @Option(names = "--expires", paramLabel = "DURATION", converter = ExpiryParser.class,
            description = "How long each invite stays valid: " + ExpiryParser.FORMS + " (default: the server's).")
    Duration expires;

    @Option(names = "--reusable", description = "Let more than one account register with each invite.")
    boolean reusable;

    @Option(names = "--max-uses", paramLabel = "N", description = "How many accounts may register with a reusable "
            + "invite (default: unlimited until it expires).")
    Integer maxUses;

    @Option(names = "--username", paramLabel = "NAME", description = "The only username that may register; for "
            + "--kind reset, the account whose password is reset.")
    String username;

    @Option(names = "--role", paramLabel = "ROLE", description = "A role the new account gets, such as "
            + "prosody:admin.")
    String role;

    @Option(names = "--note", paramLabel = "TEXT", description = "Your note, stored on the server with each invite.")
    String note;

    @Option(names = "--label", paramLabel = "PREFIX", defaultValue = "Invite",
            description = "Labels are PREFIX 1, PREFIX 2, ... (default: ${DEFAULT-VALUE}).")
    String label;

    @Option(names = "--pdf", paramLabel = "FILE", description = "Also write a printable PDF sheet of the invites.")
    Path pdf;

    @Option(names = "--paper", paramLabel = "SIZE", defaultValue = "a4", converter = PaperConverter.class,
            description = "The PDF's paper: a4 or letter (default: ${DEFAULT-VALUE}).")
    PaperSize paper;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the invites to a CSV file.")
    Path csv;

    @Option(names = "--in-flight", paramLabel = "N", defaultValue = "" + BulkInviteRun.DEFAULT_IN_FLIGHT,
            description = "How many invites are requested at once, 1 to " + MAX_IN_FLIGHT
                    + " (default: ${DEFAULT-VALUE}).")
    int inFlight;

    private final CliEnvironment env;

    CreateCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws CliException {
        InviteOptions options = new InviteOptions(kind, expires, reusable, maxUses, username, role, note);
        BatchFiles files = checkedInput(options);
        try (AdminConnection admin = AdminConnection.open(connection, env)) {
            SessionInfo info = admin.info();
            checkServerCan(info, options);
            BulkRequest request = new BulkRequest(options, count, label, info.capabilities().hasCompanion());
            return new BatchRun(env, admin, request, inFlight, files, connection.json).call();
        }
    }

    /** What could be wrong before a connection is made, so a typo costs no invites. */
    private BatchFiles checkedInput(InviteOptions options) throws CliException {
        if (inFlight < 1 || inFlight > MAX_IN_FLIGHT) {
            throw CliException.usage("--in-flight must be between 1 and " + MAX_IN_FLIGHT + ".");
        }
        // With the label as note, the strictest form: the note then carries the label too.
        Optional<String> problem = new BulkRequest(options, count, label, true).problem();
        if (problem.isPresent()) {
            throw CliException.usage(problem.get());
        }
        BatchFiles files = new BatchFiles(pdf, paper, csv);
        files.check();
        return files;
    }

    private void checkServerCan(SessionInfo info, InviteOptions options) throws CliException {
        ServerCapabilities caps = info.capabilities();
        if (!caps.canCreate(kind)) {
            String why = caps.isAdmin()
                    ? info.domain() + " offers no " + KindNames.of(kind) + " invites"
                    + (kind == InviteKind.PASSWORD_RESET ? "; the Invite Manager module (mod_invite_manager) adds "
                    + "them." : ".")
                    : info.account() + " is not an administrator of " + info.domain() + ", so it cannot create "
                    + KindNames.of(kind) + " invites.";
            throw new CliException(ExitCodes.REFUSED_BY_SERVER, why);
        }
        if (options.needsCompanionOnStockServer() && !caps.hasCompanion()) {
            List<String> used = companionOptions(options);
            throw new CliException(ExitCodes.REFUSED_BY_SERVER, String.join(", ", used)
                    + (used.size() == 1 ? " needs" : " need") + " the Invite Manager module (mod_invite_manager) on "
                    + info.domain()
                    + "; without it only --kind, --count, --label and the output options work. "
                    + CliMessages.COMPANION_ADDS);
        }
    }

    private static List<String> companionOptions(InviteOptions options) {
        List<String> used = new ArrayList<>();
        if (options.expiry() != null) {
            used.add("--expires");
        }
        if (options.reusable()) {
            used.add("--reusable");
        }
        if (options.maxUses() != null) {
            used.add("--max-uses");
        }
        if (options.username() != null) {
            used.add("--username");
        }
        if (options.role() != null) {
            used.add("--role");
        }
        if (options.note() != null) {
            used.add("--note");
        }
        return used;
    }

    /** Reads {@code --paper}. */
    static final class PaperConverter implements CommandLine.ITypeConverter<PaperSize> {
        @Override
        public PaperSize convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "a4" -> PaperSize.A4;
                case "letter" -> PaperSize.LETTER;
                default -> throw new CommandLine.TypeConversionException("'" + value + "' is not a paper size: use "
                        + "a4 or letter.");
            };
        }
    }
}
