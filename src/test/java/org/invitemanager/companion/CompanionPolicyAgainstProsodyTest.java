package org.invitemanager.companion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;
import org.invitemanager.domain.Invite;
import org.invitemanager.domain.InviteKind;
import org.invitemanager.domain.RegistrationPolicy;
import org.invitemanager.domain.command.CommandStatus;
import org.invitemanager.domain.command.CommandStep;
import org.invitemanager.testsupport.ProsodyServer;
import org.invitemanager.testsupport.TestAccounts;
import org.invitemanager.xmpp.InviteRedeemer;
import org.invitemanager.xmpp.RawCommands;
import org.invitemanager.xmpp.SmackXmppSession;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.junit.jupiter.api.Test;

/** The registration policy switch, on servers of its own since each test changes who may register. */
class CompanionPolicyAgainstProsodyTest {

    private static <T> T await(CompletableFuture<T> future) {
        return future.orTimeout(20, TimeUnit.SECONDS).join();
    }

    private static ProsodyServer start(String... config) {
        return ProsodyServer.start(ProsodyServer.Options.defaults().withCompanionModule().withConfig(config));
    }

    private static void registerWithout(ProsodyServer server, String name) throws Exception {
        TestAccounts.registerWithoutInvite(server, name, "pw");
    }

    private static XMPPException.XMPPErrorException refusedWithout(ProsodyServer server) {
        return assertThrows(XMPPException.XMPPErrorException.class,
                () -> registerWithout(server, TestAccounts.freshName("walkin")));
    }

    private static void registerWith(ProsodyServer server, Invite invite, String name) {
        InviteRedeemer.register(TestAccounts.target(server), invite.uri(), name, "pw");
    }

    @Test
    void inviteOnlyRefusesWithoutATokenAndOpenAcceptsIt() throws Exception {
        try (ProsodyServer server = start(); SmackXmppSession admin = TestAccounts.adminSession(server)) {
            assertEquals(RegistrationPolicy.INVITE_ONLY, await(admin.registrationPolicy()));
            assertTrue(refusedWithout(server).getStanzaError().getDescriptiveText().contains("invitation only"));

            assertEquals(RegistrationPolicy.OPEN, await(admin.setRegistrationPolicy(RegistrationPolicy.OPEN)));
            String walkIn = TestAccounts.freshName("walkin");
            registerWithout(server, walkIn);
            TestAccounts.smackLogin(server, walkIn, "pw").disconnect();
            // Open registration still honours invites.
            String invited = TestAccounts.freshName("invited");
            registerWith(server, await(admin.createInvite(InviteKind.ACCOUNT)), invited);
            TestAccounts.smackLogin(server, invited, "pw").disconnect();

            await(admin.setRegistrationPolicy(RegistrationPolicy.INVITE_ONLY));
            refusedWithout(server);
            assertTrue(Files.readString(server.logFile()).contains("Registration policy set to open by admin@localhost"));
        }
    }

    @Test
    void closedRefusesWithATokenAndWithout() throws Exception {
        try (ProsodyServer server = start(); SmackXmppSession admin = TestAccounts.adminSession(server)) {
            Invite invite = await(admin.createInvite(InviteKind.ACCOUNT));
            await(admin.setRegistrationPolicy(RegistrationPolicy.CLOSED));

            FailureException withToken = assertThrows(FailureException.class,
                    () -> registerWith(server, invite, TestAccounts.freshName("closed")));
            assertInstanceOf(Failure.ServerError.class, withToken.failure());
            assertTrue(((Failure.ServerError) withToken.failure()).text().contains("closed"));
            assertTrue(refusedWithout(server).getStanzaError().getDescriptiveText().contains("closed"));

            // The invite was not burnt by the refusal: it works once registration reopens.
            await(admin.setRegistrationPolicy(RegistrationPolicy.INVITE_ONLY));
            registerWith(server, invite, TestAccounts.freshName("later"));
        }
    }

    @Test
    void theChoiceSurvivesARestartAndAConfigReload() throws Exception {
        try (ProsodyServer server = start()) {
            try (SmackXmppSession admin = TestAccounts.adminSession(server)) {
                await(admin.setRegistrationPolicy(RegistrationPolicy.OPEN));
            }
            reloadConfig(server);
            registerWithout(server, TestAccounts.freshName("afterreload"));
            server.restart();
            try (SmackXmppSession admin = TestAccounts.adminSession(server)) {
                assertEquals(RegistrationPolicy.OPEN, await(admin.registrationPolicy()));
                registerWithout(server, TestAccounts.freshName("afterrestart"));
                await(admin.setRegistrationPolicy(RegistrationPolicy.CLOSED));
            }
            server.restart();
            try (SmackXmppSession admin = TestAccounts.adminSession(server)) {
                assertEquals(RegistrationPolicy.CLOSED, await(admin.registrationPolicy()));
            }
        }
    }

    /** Runs Prosody's own "Reload configuration" command, as an admin would from any XMPP client. */
    private static void reloadConfig(ProsodyServer server) throws Exception {
        XMPPTCPConnection connection = TestAccounts.smackLogin(server, ProsodyServer.ADMIN_LOCALPART,
                ProsodyServer.ADMIN_PASSWORD);
        try {
            CommandStep reload = RawCommands.execute(connection, "http://prosody.im/protocol/config#reload");
            assertEquals(CommandStatus.COMPLETED, reload.status());
        } finally {
            connection.disconnect();
        }
    }

    @Test
    void theConfigValueIsTheDefaultUntilAnAdminChoosesOne() throws Exception {
        try (ProsodyServer server = start("invite_manager_default_policy = \"closed\"");
             SmackXmppSession admin = TestAccounts.adminSession(server)) {
            assertEquals(RegistrationPolicy.CLOSED, await(admin.registrationPolicy()));
            assertTrue(refusedWithout(server).getStanzaError().getDescriptiveText().contains("closed"));
        }
    }

    @Test
    void anUnreadableStoredPolicyFallsBackToInviteOnly() throws Exception {
        try (ProsodyServer server = start()) {
            try (SmackXmppSession admin = TestAccounts.adminSession(server)) {
                await(admin.setRegistrationPolicy(RegistrationPolicy.OPEN));
            }
            server.stop();
            java.nio.file.Path stored = server.dataDir().resolve("localhost").resolve("invite_manager.dat");
            assertTrue(Files.exists(stored), "the policy is stored at " + stored);
            for (String damage : new String[] {"return { policy = \"wide-open\" };\n", "this is not lua {{{\n"}) {
                server.stop();
                Files.writeString(stored, damage);
                server.restart();
                try (SmackXmppSession admin = TestAccounts.adminSession(server)) {
                    assertEquals(RegistrationPolicy.INVITE_ONLY, await(admin.registrationPolicy()), damage);
                    refusedWithout(server);
                }
            }
        }
    }
}
