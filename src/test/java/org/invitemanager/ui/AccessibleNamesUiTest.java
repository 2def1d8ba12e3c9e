package org.invitemanager.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.invitemanager.desktop.ColorScheme;
import org.invitemanager.settings.AppearanceStore;
import org.invitemanager.settings.CertificatePinStore;
import org.invitemanager.settings.ProfileStore;
import org.invitemanager.testsupport.InMemoryPasswordVault;
import org.invitemanager.testsupport.TestWorkspaces;
import org.invitemanager.ui.app.AppMenu;
import org.invitemanager.ui.app.AppearanceViewModel;
import org.invitemanager.ui.app.ShortcutsOverlay;
import org.invitemanager.ui.invites.InvitesView;
import org.invitemanager.ui.login.LoginView;
import org.invitemanager.ui.login.LoginViewModel;
import org.invitemanager.xmpp.SmackXmppSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A screen reader names a control by its own text, its accessible text, or the label that is "for" it. Every control
 * the keyboard can reach on every page and tab must have one of these.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class AccessibleNamesUiTest {

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void everyReachableControlHasAName() throws Exception {
        List<String> nameless = WaitForAsyncUtils.asyncFx(() -> {
            SmackXmppSession session = new SmackXmppSession();
            LoginView loginPage = new LoginView(new LoginViewModel(session, new CertificatePinStore(dir),
                    new ProfileStore(dir), new InMemoryPasswordVault(), Runnable::run));
            InvitesView invitesPage = new InvitesView(TestWorkspaces.create(session, dir), () -> { }, () -> { });
            AppMenu menu = new AppMenu(new AppearanceViewModel(new AppearanceStore(dir), () -> ColorScheme.LIGHT,
                    Runnable::run, Runnable::run), () -> { }, () -> { }, () -> { }, () -> { });
            ShortcutsOverlay overlay = new ShortcutsOverlay();
            VBox root = new VBox(loginPage, invitesPage, menu, overlay);
            new Scene(root);
            root.applyCss();
            root.layout();
            Set<Node> labelled = new HashSet<>();
            List<Node> all = new ArrayList<>();
            collect(root, all);
            invitesPage.tabs().getTabs().forEach(tab -> {
                tab.getContent().applyCss();
                collect(tab.getContent(), all);
            });
            for (Node node : all) {
                if (node instanceof Label label && label.getLabelFor() != null) {
                    labelled.add(label.getLabelFor());
                }
            }
            List<String> missing = new ArrayList<>();
            for (Node node : all) {
                if (node instanceof Control control && control.isFocusTraversable()
                        && !(control instanceof ScrollBar) && !(control instanceof ScrollPane)
                        && !hasName(control, labelled)) {
                    missing.add(control.getClass().getSimpleName() + "#" + control.getId());
                }
            }
            session.close();
            return missing;
        }).get(20, TimeUnit.SECONDS);
        assertEquals(List.of(), nameless);
    }

    @Test
    void theWalkSeesThePagesControls() throws Exception {
        int controls = WaitForAsyncUtils.asyncFx(() -> {
            SmackXmppSession session = new SmackXmppSession();
            InvitesView invitesPage = new InvitesView(TestWorkspaces.create(session, dir), () -> { }, () -> { });
            new Scene(invitesPage);
            invitesPage.applyCss();
            List<Node> all = new ArrayList<>();
            invitesPage.tabs().getTabs().forEach(tab -> collect(tab.getContent(), all));
            session.close();
            return (int) all.stream().filter(node -> node instanceof Control c && c.isFocusTraversable()).count();
        }).get(20, TimeUnit.SECONDS);
        assertTrue(controls > 40, "only " + controls + " controls were found");
    }

    private static boolean hasName(Control control, Set<Node> labelled) {
        if (labelled.contains(control)) {
            return true;
        }
        String accessible = control.getAccessibleText();
        if (accessible != null && !accessible.isBlank()) {
            return true;
        }
        return control instanceof Labeled labeled && labeled.getText() != null
                && !labeled.getText().replace("_", "").isBlank();
    }

    private static void collect(Node node, List<Node> into) {
        into.add(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, into);
            }
        }
    }
}
