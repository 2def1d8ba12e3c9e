package org.invitemanager.testsupport;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One {@link ProsodyServer} per test class:
 * {@code @RegisterExtension static final ProsodyExtension PROSODY = new ProsodyExtension();}, then
 * {@code PROSODY.server()} or a {@code ProsodyServer} test parameter. Nested classes share the outer class's server.
 */
public final class ProsodyExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private final ProsodyServer.Options options;
    private ProsodyServer server;
    private String owner;

    public ProsodyExtension() {
        this(ProsodyServer.Options.defaults());
    }

    public ProsodyExtension(ProsodyServer.Options options) {
        this.options = options;
    }

    public ProsodyServer server() {
        if (server == null) {
            throw new IllegalStateException("Prosody is not running: register the ProsodyExtension on a static field "
                    + "with @RegisterExtension, and use it only inside tests or @BeforeAll/@BeforeEach methods");
        }
        return server;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (server == null) {
            server = ProsodyServer.start(options);
            owner = context.getUniqueId();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null && context.getUniqueId().equals(owner)) {
            try {
                server.close();
            } finally {
                server = null;
                owner = null;
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ProsodyServer.class;
    }

    @Override
    public ProsodyServer resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return server();
    }
}
