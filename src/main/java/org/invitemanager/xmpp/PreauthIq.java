package org.invitemanager.xmpp;

import org.jivesoftware.smack.packet.IQ;
import org.jxmpp.jid.DomainBareJid;

/** XEP-0401's {@code <preauth xmlns='urn:xmpp:pars:0' token='…'/>}, sent before in-band registration. */
final class PreauthIq extends IQ {

    static final String ELEMENT = "preauth";
    static final String NAMESPACE = "urn:xmpp:pars:0";

    private final String token;

    PreauthIq(DomainBareJid domain, String token) {
        super(ELEMENT, NAMESPACE);
        this.token = token;
        setType(Type.set);
        setTo(domain);
    }

    @Override
    protected IQChildElementXmlStringBuilder getIQChildElementBuilder(IQChildElementXmlStringBuilder xml) {
        xml.attribute("token", token);
        xml.setEmptyElement();
        return xml;
    }
}
