package org.invitemanager.ui.bulk;

import org.invitemanager.domain.LabelledInvite;

/**
 * One line of a batch's result table.
 *
 * @param number  the invite's number in the batch
 * @param label   its label
 * @param link    the link in its QR, or empty when it failed
 * @param expires when it expires, as text
 * @param status  "Ready", or why it failed
 * @param invite  the invite, or null when it failed
 */
public record BulkRow(int number, String label, String link, String expires, String status, LabelledInvite invite) {

    public boolean made() {
        return invite != null;
    }
}
