package org.invitemanager.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top of the command line: its subcommands, and what to do when none is given. */
@Command(name = "invite-manager", mixinStandardHelpOptions = true, versionProvider = InviteManagerCommand.Version.class,
        subcommands = CommandLine.HelpCommand.class,
        description = {"Creates and manages invites on an XMPP server from the command line. Without arguments, "
                + "invite-manager opens its window instead.",
                "",
                "The password comes from --password-file, else the environment variable INVITE_MANAGER_PASSWORD (or "
                        + "the one --password-env names), else a prompt on the terminal. There is deliberately no "
                        + "--password option: arguments show in the process list and the shell history."})
final class InviteManagerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** The version from the jar's manifest, when there is one. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = InviteManagerCommand.class.getPackage().getImplementationVersion();
            return new String[] {"invite-manager " + (version == null ? "(development build)" : version)};
        }
    }
}
