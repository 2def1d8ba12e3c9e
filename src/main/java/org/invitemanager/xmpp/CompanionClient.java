package org.invitemanager.xmpp;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.domain.Invite;
import org.invitemanager.domain.InviteListEntry;
import org.invitemanager.domain.InviteOptions;
import org.invitemanager.domain.RegistrationPolicy;
import org.invitemanager.domain.ServerCapabilities;
import org.invitemanager.domain.form.FormOption;
import org.jivesoftware.smack.XMPPConnection;

/** Runs the companion module's commands (src/main/prosody/mod_invite_manager.lua). */
final class CompanionClient {

    private final CommandStages commands;

    CompanionClient(XMPPConnection connection) {
        this.commands = new CommandStages(connection);
    }

    CompletableFuture<Invite> create(InviteOptions options) {
        return commands.start(ServerCapabilities.COMPANION_CREATE_NODE, form -> {
            form.set("kind", CompanionWireNames.of(options.kind()));
            if (options.expiry() != null) {
                form.set("expiry", Long.toString(options.expiry().toSeconds()));
            }
            form.set("reusable", options.reusable());
            form.setIfPresent("max-uses", options.maxUses() == null ? null : options.maxUses().toString());
            form.setIfPresent("username", options.username());
            form.setIfPresent("role", options.role());
            form.setIfPresent("note", options.note());
        }).thenApply(result -> InviteResultParser.parse(options.kind(), result));
    }

    /** The roles the module offers for new accounts, read from the create form without creating anything. */
    List<String> roles() throws Exception {
        return commands.peek(ServerCapabilities.COMPANION_CREATE_NODE).field("role")
                .map(role -> role.options().stream().map(FormOption::value).filter(v -> !v.isBlank()).toList())
                .orElse(List.of());
    }

    List<InviteListEntry> list() throws Exception {
        return InviteListParser.parse(commands.run(ServerCapabilities.COMPANION_LIST_NODE, null));
    }

    void revoke(String id) throws Exception {
        commands.run(ServerCapabilities.COMPANION_REVOKE_NODE, form -> form.set("id", id));
    }

    int removeExpired() throws Exception {
        String removed = commands.run(ServerCapabilities.COMPANION_CLEANUP_NODE, null).firstValue("removed");
        try {
            return removed == null ? 0 : Integer.parseInt(removed);
        } catch (NumberFormatException e) {
            throw new FailureException(new Failure.InvalidResponse("The server's count of removed invites is unreadable."));
        }
    }

    RegistrationPolicy policy() throws Exception {
        return policyOf(commands.peek(ServerCapabilities.COMPANION_POLICY_NODE).firstValue("policy"));
    }

    RegistrationPolicy setPolicy(RegistrationPolicy policy) throws Exception {
        CommandResult result = commands.run(ServerCapabilities.COMPANION_POLICY_NODE,
                form -> form.set("policy", policy.wireName()));
        return policyOf(result.firstValue("policy"));
    }

    private static RegistrationPolicy policyOf(String value) {
        return RegistrationPolicy.fromWireName(value).orElseThrow(() -> new FailureException(
                new Failure.InvalidResponse("The server named a registration policy the app does not know.")));
    }
}
