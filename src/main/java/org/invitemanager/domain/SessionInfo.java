package org.invitemanager.domain;

/**
 * A logged-in session as the main window describes it.
 *
 * @param account      the logged-in bare JID
 * @param capabilities what the server lets this account do
 */
public record SessionInfo(String account, ServerCapabilities capabilities) {

    public String domain() {
        return capabilities.domain();
    }
}
