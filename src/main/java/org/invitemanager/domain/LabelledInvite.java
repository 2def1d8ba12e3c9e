package org.invitemanager.domain;

import java.util.Objects;

/**
 * An invite with the label an admin hands out with it, such as "Workshop 7" on a printed card or in a mail merge.
 *
 * @param label  the admin's label; never null, may be empty
 * @param invite the invite the server created
 */
public record LabelledInvite(String label, Invite invite) {

    public LabelledInvite {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(invite, "invite");
    }
}
