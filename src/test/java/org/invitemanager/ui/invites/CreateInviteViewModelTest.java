package org.invitemanager.ui.invites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.invitemanager.domain.Invite;
import org.invitemanager.domain.InviteKind;
import org.invitemanager.domain.InviteOptions;
import org.invitemanager.domain.ServerCapabilities;
import org.invitemanager.domain.SessionInfo;
import org.invitemanager.testsupport.FakeXmppSession;
import org.invitemanager.testsupport.TestWorkspaces;
import org.invitemanager.ui.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CreateInviteViewModelTest {

    private static final SessionInfo WITH_MODULE = new SessionInfo("admin@localhost", new ServerCapabilities(
            "localhost", Set.of(ServerCapabilities.COMPANION_CREATE_NODE, ServerCapabilities.COMPANION_LIST_NODE,
            ServerCapabilities.COMPANION_REVOKE_NODE, ServerCapabilities.CREATE_ACCOUNT_NODE,
            ServerCapabilities.CONTACT_INVITE_NODE), List.of("prosody:admin")));
    private static final SessionInfo STOCK = new SessionInfo("admin@localhost", new ServerCapabilities("localhost",
            Set.of(ServerCapabilities.CREATE_ACCOUNT_NODE, ServerCapabilities.CONTACT_INVITE_NODE)));
    private static final Invite INVITE = new Invite(InviteKind.ACCOUNT, "xmpp:localhost?register;preauth=abc", null,
            Instant.parse("2026-12-01T00:00:00Z"), "id1");

    @TempDir
    Path dir;

    private final FakeXmppSession session = new FakeXmppSession();
    private Workspace workspace;
    private CreateInviteViewModel form;

    @BeforeEach
    void setUp() {
        workspace = TestWorkspaces.create(session, dir);
        form = workspace.create();
    }

    private void start(SessionInfo info) {
        workspace.invites().start(info);
        form.start(info);
    }

    @Test
    void withTheModuleEveryKindAndTheRolesAreOffered() {
        start(WITH_MODULE);
        assertEquals(List.of(InviteKind.ACCOUNT, InviteKind.CONTACT, InviteKind.PASSWORD_RESET), form.kinds());
        assertEquals(List.of("prosody:admin"), form.roles());
        assertTrue(form.withOptionsProperty().get());
    }

    @Test
    void aRoleClearedByTheChoiceBoxMeansNoRole() {
        form.roleProperty().set(null);
        start(WITH_MODULE);
        assertEquals("", form.roleProperty().get());
        assertNull(form.options().orElseThrow().role());
    }

    @Test
    void onAStockServerOnlyTheStockKindsAndNoOptions() {
        start(STOCK);
        assertEquals(List.of(InviteKind.ACCOUNT, InviteKind.CONTACT), form.kinds());
        assertFalse(form.withOptionsProperty().get());
        form.noteProperty().set("ignored");
        assertEquals(InviteOptions.of(InviteKind.ACCOUNT), form.options().orElseThrow());
        assertFalse(workspace.invites().companionHintProperty().get().isEmpty());
    }

    @Test
    void allChoicesReachTheSessionAndTheInviteIsInTheHistoryBeforeItIsShown() throws Exception {
        start(WITH_MODULE);
        form.expiryProperty().set(ExpiryChoice.CUSTOM);
        form.customAmountProperty().set("90");
        form.customUnitProperty().set(ChronoUnit.MINUTES);
        form.reusableProperty().set(true);
        form.maxUsesProperty().set("3");
        form.roleProperty().set("prosody:admin");
        form.noteProperty().set("Workshop");
        session.invites.add(CompletableFuture.completedFuture(INVITE));

        form.create();

        InviteOptions sent = session.createdWith.get(0);
        assertEquals(new InviteOptions(InviteKind.ACCOUNT, Duration.ofMinutes(90), true, 3, null, "prosody:admin",
                "Workshop"), sent);
        assertEquals(INVITE, workspace.invites().card().inviteProperty().get());
        assertTrue(Files.readString(dir.resolve("invite-history.properties")).contains("Workshop"));
    }

    @Test
    void badInputIsExplainedAndNothingIsSent() {
        start(WITH_MODULE);
        form.reusableProperty().set(true);
        form.maxUsesProperty().set("0");
        assertTrue(form.problemProperty().get().contains("at least 1"), form.problemProperty().get());
        form.maxUsesProperty().set("three");
        assertTrue(form.problemProperty().get().contains("whole number"), form.problemProperty().get());
        form.maxUsesProperty().set("");
        form.reusableProperty().set(false);
        form.expiryProperty().set(ExpiryChoice.CUSTOM);
        form.customAmountProperty().set("-5");
        assertTrue(form.problemProperty().get().contains("at least one second"), form.problemProperty().get());
        form.expiryProperty().set(ExpiryChoice.WEEK);
        form.usernameProperty().set("bad name");
        assertTrue(form.problemProperty().get().contains("not valid"), form.problemProperty().get());
        form.kindProperty().set(InviteKind.PASSWORD_RESET);
        form.usernameProperty().set("");
        assertTrue(form.problemProperty().get().contains("needs the account"), form.problemProperty().get());

        form.create();
        assertTrue(session.createdWith.isEmpty());
    }

    @Test
    void fieldsThatDoNotApplyToTheKindAreLeftOut() {
        start(WITH_MODULE);
        form.kindProperty().set(InviteKind.CONTACT);
        form.usernameProperty().set("zed");
        form.reusableProperty().set(true);
        InviteOptions options = form.options().orElseThrow();
        assertNull(options.username());
        assertFalse(options.reusable());
        form.kindProperty().set(InviteKind.PASSWORD_RESET);
        form.roleProperty().set("prosody:admin");
        assertNull(form.options().orElseThrow().role());
        assertEquals("zed", form.options().orElseThrow().username());
    }
}
