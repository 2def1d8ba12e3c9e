package org.invitemanager.domain;

import java.util.regex.Pattern;

/**
 * A first check of account names, before the server's own (nodeprep) check. Deliberately narrower than XMPP allows:
 * names a phone user can type, with none of the characters nodeprep forbids.
 */
public final class Usernames {

    private static final Pattern PLAUSIBLE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._+-]{0,63}");

    private Usernames() {
    }

    public static boolean isPlausible(String username) {
        return username != null && PLAUSIBLE.matcher(username).matches();
    }
}
