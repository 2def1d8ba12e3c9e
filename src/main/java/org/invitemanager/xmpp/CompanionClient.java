package org.invitemanager.xmpp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.domain.Invite;
import org.invitemanager.domain.InviteListEntry;
import org.invitemanager.domain.InviteOptions;
import org.invitemanager.domain.RegistrationPolicy;
import org.invitemanager.domain.ServerCapabilities;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smackx.xdata.FormField;
import org.jivesoftware.smackx.xdata.form.FillableForm;

/** Runs the companion module's commands (src/main/prosody/mod_invite_manager.lua). */
final class CompanionClient {

    private final CommandStages commands;

    CompanionClient(XMPPConnection connection) {
        this.commands = new CommandStages(connection);
    }

    CompletableFuture<Invite> create(InviteOptions options) {
        return commands.start(ServerCapabilities.COMPANION_CREATE_NODE, form -> {
            form.setAnswer("kind", CompanionWireNames.of(options.kind()));
            if (options.expiry() != null) {
                form.setAnswer("expiry", Long.toString(options.expiry().toSeconds()));
            }
            form.setAnswer("reusable", options.reusable());
            setIfPresent(form, "max-uses", options.maxUses() == null ? null : options.maxUses().toString());
            setIfPresent(form, "username", options.username());
            setIfPresent(form, "role", options.role());
            setIfPresent(form, "note", options.note());
        }).thenApply(result -> InviteResultParser.parse(options.kind(), result));
    }

    /** The roles the module offers for new accounts, read from the create form without creating anything. */
    List<String> roles() throws Exception {
        FormField role = commands.peek(ServerCapabilities.COMPANION_CREATE_NODE).getField("role");
        List<String> roles = new ArrayList<>();
        if (role instanceof org.jivesoftware.smackx.xdata.ListSingleFormField list) {
            list.getOptions().stream().map(o -> o.getValueString()).filter(v -> v != null && !v.isBlank())
                    .forEach(roles::add);
        }
        return roles;
    }

    List<InviteListEntry> list() throws Exception {
        return InviteListParser.parse(commands.run(ServerCapabilities.COMPANION_LIST_NODE, null));
    }

    void revoke(String id) throws Exception {
        commands.run(ServerCapabilities.COMPANION_REVOKE_NODE, form -> form.setAnswer("id", id));
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
        FormField field = commands.peek(ServerCapabilities.COMPANION_POLICY_NODE).getField("policy");
        return policyOf(field == null ? null : field.getFirstValue());
    }

    RegistrationPolicy setPolicy(RegistrationPolicy policy) throws Exception {
        CommandResult result = commands.run(ServerCapabilities.COMPANION_POLICY_NODE,
                form -> form.setAnswer("policy", policy.wireName()));
        return policyOf(result.firstValue("policy"));
    }

    private static RegistrationPolicy policyOf(String value) {
        return RegistrationPolicy.fromWireName(value).orElseThrow(() -> new FailureException(
                new Failure.InvalidResponse("The server named a registration policy the app does not know.")));
    }

    private static void setIfPresent(FillableForm form, String var, String value) {
        if (value != null && form.getField(var) != null) {
            form.setAnswer(var, value);
        }
    }
}
