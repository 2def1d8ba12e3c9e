package org.invitemanager.desktop;

import java.util.List;
import java.util.Optional;

/** Runs a small desktop query such as {@code gsettings get …} and returns what it printed, if it succeeded. */
@FunctionalInterface
public interface CommandRunner {

    Optional<String> run(List<String> command);
}
