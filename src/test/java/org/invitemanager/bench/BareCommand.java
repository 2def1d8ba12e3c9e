package org.invitemanager.bench;

import org.invitemanager.testsupport.ProsodyServer;
import org.invitemanager.testsupport.TestAccounts;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smackx.commands.AdHocCommand;
import org.jivesoftware.smackx.commands.packet.AdHocCommandData;
import org.jxmpp.jid.impl.JidCreate;

/**
 * The same create-account command as the app's button, run bare: one execute IQ on a plain XMPPTCPConnection of its
 * own, waited for on the calling thread. Smack's RemoteCommand cannot be used in this JVM: the app replaces Smack's
 * parser for command answers process-wide (xmpp/CommandIqProvider), so the answer is read by the app's parser here
 * too, and Smack's RemoteCommand would get a type it does not expect.
 */
final class BareCommand implements AutoCloseable {

    static final String NODE = "urn:xmpp:invite#create-account";

    private final XMPPTCPConnection connection;

    BareCommand(ProsodyServer server) throws Exception {
        connection = TestAccounts.smackLogin(server, ProsodyServer.ADMIN_LOCALPART, server.adminPassword());
    }

    /** Milliseconds from sending the execute to holding the server's result. */
    double roundTrip() throws Exception {
        AdHocCommandData execute = new AdHocCommandData();
        execute.setType(IQ.Type.set);
        execute.setTo(JidCreate.domainBareFrom(ProsodyServer.DOMAIN));
        execute.setNode(NODE);
        execute.setAction(AdHocCommand.Action.execute);
        long start = System.nanoTime();
        IQ answer = connection.sendIqRequestAndWaitForResponse(execute);
        double millis = Figures.millisSince(start);
        if (answer.getType() != IQ.Type.result) {
            throw new IllegalStateException("the server did not run " + NODE + ": " + answer.toXML());
        }
        return millis;
    }

    @Override
    public void close() {
        connection.disconnect();
    }
}
