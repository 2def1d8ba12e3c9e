package org.invitemanager.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code revoke ID}: the invite stops working at once. */
@Command(name = "revoke", sortOptions = false, versionProvider = InviteManagerCommand.Version.class,
        header = "Revoke an invite.",
        description = {"Revokes an invite, so nobody can use it any more. The id is the one 'create' and 'list' "
                + "print, not the token.",
                "Needs the Invite Manager module on the server."})
final class RevokeCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Parameters(paramLabel = "ID", description = "The invite's id.")
    String id;

    private final CliEnvironment env;

    RevokeCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws CliException {
        String wanted = id.strip();
        if (wanted.isEmpty()) {
            throw CliException.usage("Give the id of the invite to revoke.");
        }
        try (AdminConnection admin = AdminConnection.open(connection, env)) {
            ServerSupport.requireCompanion(admin.info(), "revoke invites");
            admin.await(admin.session().revokeInvite(wanted));
            if (connection.json) {
                env.out().println(new JsonWriter().beginObject().field("revoked", wanted).endObject());
            } else {
                env.out().println("Revoked " + PlainText.cell(wanted));
            }
            return ExitCodes.OK;
        }
    }
}
