package org.invitemanager.domain.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The headings Prosody's and ejabberd's commands are filed under, and the search. */
class AdminCommandTest {

    private static CommandGroup group(String node, String name) {
        return new AdminCommand(node, name).group();
    }

    @Test
    void prosodysCommandsLandUnderTheHeadingsAnAdminWouldLookUnder() {
        assertEquals(CommandGroup.INVITES, group("urn:xmpp:invite#create-account", "Create new account invite"));
        assertEquals(CommandGroup.INVITES, group("urn:x-invite-manager:companion:1#list", "List invites"));
        assertEquals(CommandGroup.USERS, group("http://jabber.org/protocol/admin#add-user", "Add User"));
        assertEquals(CommandGroup.USERS, group("http://jabber.org/protocol/admin#change-user-password",
                "Change User Password"));
        assertEquals(CommandGroup.SERVER, group("http://jabber.org/protocol/admin#announce",
                "Send Announcement to Online Users"));
        assertEquals(CommandGroup.SERVER, group("http://jabber.org/protocol/admin#shutdown", "Shut Down Service"));
        assertEquals(CommandGroup.SERVER, group("http://prosody.im/protocol/config#reload", "Reload configuration"));
        assertEquals(CommandGroup.MODULES, group("http://prosody.im/protocol/modules#list", "List loaded modules"));
        assertEquals(CommandGroup.OTHER, group("urn:example:ping", "Ping"));
    }

    @Test
    void aCommandWithoutANameIsShownByItsNode() {
        assertEquals("urn:example:x", new AdminCommand("urn:example:x", "  ").name());
    }

    @Test
    void searchMatchesNameOrNodeIgnoringCase() {
        AdminCommand add = new AdminCommand("http://jabber.org/protocol/admin#add-user", "Add User");
        assertTrue(add.matches("ADD"));
        assertTrue(add.matches("admin#add"));
        assertTrue(add.matches(""));
        assertFalse(add.matches("delete"));
    }
}
