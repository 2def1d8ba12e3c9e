package org.invitemanager.ui.commands;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.domain.SessionInfo;
import org.invitemanager.domain.command.AdminCommand;
import org.invitemanager.domain.command.CommandGroup;
import org.invitemanager.ui.FailureMessages;
import org.invitemanager.xmpp.XmppSession;
import org.invitemanager.ui.Texts;

/** The Commands tab: every command the server offers this account, grouped and searchable, and the one running. */
public final class CommandsViewModel {

    /** One heading of the list and its commands, sorted by name. */
    public record Group(CommandGroup group, List<AdminCommand> commands) { }

    private final ReadOnlyObjectWrapper<List<Group>> groups = new ReadOnlyObjectWrapper<>(List.of());
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    private final XmppSession session;
    private final CommandRunViewModel runner;
    private final Executor ui;
    private List<AdminCommand> all = List.of();
    private boolean loaded;
    private long generation;

    public CommandsViewModel(XmppSession session, CommandRunViewModel runner, Executor ui) {
        this.session = session;
        this.runner = runner;
        this.ui = ui;
        search.addListener((obs, old, now) -> regroup());
    }

    /** A fresh session: the list is read when the tab is first shown. */
    public void start(SessionInfo info) {
        generation++;
        loaded = false;
        all = List.of();
        connected.set(true);
        loading.set(false);
        status.set("");
        error.set("");
        runner.reconnected(info.account());
        regroup();
    }

    public void shown() {
        if (!loaded) {
            refresh();
        }
    }

    /** Reads the list again: loading a module on the server adds commands. */
    public void refresh() {
        if (!connected.get()) {
            return;
        }
        long mine = ++generation;
        loading.set(true);
        error.set("");
        status.set(Texts.get("commands.status.reading"));
        session.listCommands().whenCompleteAsync((list, failure) -> {
            if (mine != generation) {
                return;
            }
            loading.set(false);
            if (failure != null) {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                error.set(FailureMessages.describe(cause instanceof FailureException known ? known.failure()
                        : new Failure.Unexpected(cause.getClass().getSimpleName())));
                status.set("");
                return;
            }
            loaded = true;
            all = List.copyOf(list);
            status.set(all.isEmpty() ? Texts.get("commands.status.none")
                    : Texts.format("commands.status.count", all.size()));
            regroup();
        }, ui);
    }

    public void open(AdminCommand command) {
        if (command != null && connected.get()) {
            runner.start(command);
        }
    }

    public void connectionLost() {
        generation++;
        connected.set(false);
        loading.set(false);
    }

    public void stop() {
        connectionLost();
        // Signing out ends any open command for good; only a drop keeps it on screen for the reconnect.
        runner.reset("");
        all = List.of();
        regroup();
    }

    private void regroup() {
        Map<CommandGroup, List<AdminCommand>> byGroup = new EnumMap<>(CommandGroup.class);
        for (AdminCommand command : all) {
            if (command.matches(search.get())) {
                byGroup.computeIfAbsent(command.group(), g -> new ArrayList<>()).add(command);
            }
        }
        List<Group> shown = new ArrayList<>();
        byGroup.forEach((group, commands) -> {
            commands.sort(Comparator.comparing(AdminCommand::name, String.CASE_INSENSITIVE_ORDER));
            shown.add(new Group(group, List.copyOf(commands)));
        });
        groups.set(List.copyOf(shown));
    }

    public ReadOnlyObjectProperty<List<Group>> groupsProperty() {
        return groups.getReadOnlyProperty();
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public CommandRunViewModel runner() {
        return runner;
    }
}
