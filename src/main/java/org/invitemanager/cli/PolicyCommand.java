package org.invitemanager.cli;

import java.util.concurrent.Callable;
import org.invitemanager.domain.RegistrationPolicy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code policy [VALUE]}: who may register on the server. */
@Command(name = "policy", sortOptions = false, versionProvider = InviteManagerCommand.Version.class,
        header = "Show or set who may register on the server.",
        description = {"Prints the registration policy, or sets it and prints the new one: invite-only (only with "
                + "an invite), open (anyone may register) or closed (nobody, not even with an invite).",
                "Needs the Invite Manager module on the server."})
final class PolicyCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Parameters(paramLabel = "POLICY", arity = "0..1", converter = PolicyConverter.class,
            description = "invite-only, open or closed; without it, the current policy is printed.")
    RegistrationPolicy newPolicy;

    private final CliEnvironment env;

    PolicyCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws CliException {
        try (AdminConnection admin = AdminConnection.open(connection, env)) {
            ServerSupport.requirePolicyCommand(admin.info());
            RegistrationPolicy policy = admin.await(newPolicy == null
                    ? admin.session().registrationPolicy()
                    : admin.session().setRegistrationPolicy(newPolicy));
            if (connection.json) {
                env.out().println(new JsonWriter().beginObject().field("policy", policy.wireName()).endObject());
            } else {
                env.out().println(policy.wireName());
            }
            return ExitCodes.OK;
        }
    }

    /** Reads the policy argument. */
    static final class PolicyConverter implements CommandLine.ITypeConverter<RegistrationPolicy> {
        @Override
        public RegistrationPolicy convert(String value) {
            return RegistrationPolicy.fromWireName(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "'" + value + "' is not a policy: use invite-only, open or closed."));
        }
    }
}
