package org.invitemanager.ui.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import org.invitemanager.desktop.ColorScheme;

/**
 * Draws the app in a scheme. AtlantaFX's Primer themes carry the colour variables that app.css uses, so switching the
 * user-agent stylesheet recolours every window at once; the QR frame keeps its own white.
 */
public final class ThemeApplier {

    public static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");

    private ThemeApplier() {
    }

    public static void apply(ColorScheme scheme, Node root) {
        Application.setUserAgentStylesheet(scheme == ColorScheme.DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        if (root != null) {
            root.pseudoClassStateChanged(DARK, scheme == ColorScheme.DARK);
        }
    }
}
