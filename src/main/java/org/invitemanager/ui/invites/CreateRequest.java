package org.invitemanager.ui.invites;

import java.time.Instant;
import org.invitemanager.domain.InviteOptions;

/**
 * One click on "create": what was asked, by whom and when, so that an answer lost with the connection can still be
 * looked for on the server afterwards.
 */
record CreateRequest(InviteOptions options, String account, Instant requestedAt) {
}
