package org.invitemanager.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.invitemanager.domain.InviteListEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code list}: the server's invites, pending, expired and used. */
@Command(name = "list", sortOptions = false, versionProvider = InviteManagerCommand.Version.class,
        header = "List the server's invites.",
        description = {"Lists the server's invites: id, kind, status, expiry, uses and note, or with --json every "
                + "field, links included.",
                "Needs the Invite Manager module on the server."})
final class ListCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    private final CliEnvironment env;

    ListCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws CliException {
        try (AdminConnection admin = AdminConnection.open(connection, env)) {
            ServerSupport.requireCompanion(admin.info(), "list invites");
            List<InviteListEntry> entries = admin.await(admin.session().listInvites());
            if (connection.json) {
                env.out().println(InviteTable.json(entries, env.clock().instant()));
            } else if (entries.isEmpty()) {
                env.err().println("There are no invites on " + admin.info().domain() + ".");
            } else {
                InviteTable.print(env.out(), entries, env.clock().instant());
            }
            return ExitCodes.OK;
        }
    }
}
