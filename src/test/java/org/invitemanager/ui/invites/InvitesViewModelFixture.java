package org.invitemanager.ui.invites;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.invitemanager.domain.Invite;
import org.invitemanager.domain.InviteKind;
import org.invitemanager.domain.ServerCapabilities;
import org.invitemanager.domain.SessionInfo;
import org.invitemanager.testsupport.FakeXmppSession;
import org.invitemanager.settings.InviteHistoryStore;
import java.nio.file.Path;
import org.invitemanager.domain.InviteListEntry;
import org.junit.jupiter.api.io.TempDir;
import org.invitemanager.ui.ExpiryText;
import org.invitemanager.ui.qr.InviteCardViewModel;
import org.junit.jupiter.api.BeforeEach;

/**
 * The invites screen's view-model over a fake session, direct executors, a fixed clock and a history in a temporary
 * folder, with the sessions and invites its tests share.
 */
abstract class InvitesViewModelFixture {

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    static final Invite ACCOUNT_INVITE = new Invite(InviteKind.ACCOUNT,
            "xmpp:localhost?register;preauth=Xq3vT9b_Kd2LmN8pRs-4uWy7", null, Instant.parse("2026-12-08T10:00:00Z"));
    static final Invite CONTACT_INVITE = new Invite(InviteKind.CONTACT,
            "xmpp:admin@localhost?roster;preauth=h7Yc-2PqLw0ZtR5nVb8_KmDs;ibr=y", null,
            Instant.parse("2026-12-08T10:00:00Z"));

    @TempDir
    Path dir;

    FakeXmppSession session;
    InviteCardViewModel card;
    InvitesViewModel model;

    @BeforeEach
    void setUp() {
        session = new FakeXmppSession();
        card = new InviteCardViewModel(Clock.fixed(NOW, ZoneOffset.UTC), new ExpiryText(ZoneOffset.UTC, Locale.UK),
                Runnable::run, Runnable::run);
        model = new InvitesViewModel(session, card, new InviteHistoryStore(dir), Clock.fixed(NOW, ZoneOffset.UTC),
                Runnable::run, Runnable::run);
    }

    static SessionInfo session(String account, String... nodes) {
        return new SessionInfo(account, new ServerCapabilities("localhost", Set.of(nodes)));
    }

    static SessionInfo admin() {
        return session("admin@localhost", ServerCapabilities.CREATE_ACCOUNT_NODE,
                ServerCapabilities.CONTACT_INVITE_NODE, "http://jabber.org/protocol/admin#add-user");
    }

    /** The view enables the account button exactly like this. */
    boolean accountButtonEnabled() {
        return model.canCreateAccountProperty().get() && !model.busyProperty().get()
                && model.connectedProperty().get();
    }

    boolean contactButtonEnabled() {
        return model.canCreateContactProperty().get() && !model.busyProperty().get()
                && model.connectedProperty().get();
    }

    static SessionInfo companionAdmin() {
        return session("admin@localhost", ServerCapabilities.CREATE_ACCOUNT_NODE,
                ServerCapabilities.COMPANION_CREATE_NODE, ServerCapabilities.COMPANION_LIST_NODE,
                ServerCapabilities.COMPANION_REVOKE_NODE);
    }

    static InviteListEntry listed(String id, Instant created, String creator) {
        return new InviteListEntry(id, InviteKind.ACCOUNT, InviteListEntry.Status.PENDING, created, null, 0, 1, "",
                creator, "", List.of(), "xmpp:localhost?register;preauth=T0ken-" + id, "");
    }

    List<String> historyUris() {
        return new InviteHistoryStore(dir).entries("admin@localhost").stream().map(InviteListEntry::uri).toList();
    }
}
