package org.invitemanager.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.invitemanager.settings.CertificatePinStore;
import org.invitemanager.settings.ProfileStore;
import org.invitemanager.ui.invites.InvitesView;
import org.invitemanager.testsupport.InMemoryPasswordVault;
import org.invitemanager.testsupport.TestWorkspaces;
import org.invitemanager.ui.invites.InvitesViewModel;
import org.invitemanager.ui.login.LoginView;
import org.invitemanager.ui.login.LoginViewModel;
import org.invitemanager.ui.qr.InviteCardViewModel;
import org.invitemanager.xmpp.SmackXmppSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * JavaFX keeps a page's mnemonics registered after the page leaves the scene, and two controls sharing a letter
 * only cycle focus instead of acting. So every Alt shortcut must be unique across all pages of the window.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MnemonicsUiTest {

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void everyAltShortcutIsUniqueAcrossTheLoginAndInvitesPages() throws Exception {
        Map<Character, List<String>> byLetter = WaitForAsyncUtils.asyncFx(() -> {
            SmackXmppSession session = new SmackXmppSession();
            LoginViewModel login = new LoginViewModel(session, new CertificatePinStore(dir),
                    new ProfileStore(dir), new InMemoryPasswordVault(), Runnable::run);
            LoginView loginPage = new LoginView(login);
            InvitesView invitesPage = new InvitesView(TestWorkspaces.create(session, dir), () -> { }, () -> { });
            // Skins, and so the contents of scroll panes, exist only once CSS has been applied in a scene.
            VBox root = new VBox(loginPage, invitesPage);
            Map<Character, List<String>> letters0 = new HashMap<>();
            new Scene(root);
            root.applyCss();
            // Unselected tabs' contents are not in the scene graph; walk them too.
            invitesPage.tabs().getTabs().forEach(tab -> collect(tab.getContent(), letters0));
            Map<Character, List<String>> letters = letters0;
            collect(root, letters);
            session.close();
            return letters;
        }).get(10, TimeUnit.SECONDS);

        assertTrue(byLetter.keySet().containsAll(List.of('j', 'p', 's', 'l', 'a', 'c', 'k', 'v', 'u')),
                "the pages should carry their shortcuts: " + byLetter);
        byLetter.forEach((letter, owners) -> assertEquals(1, owners.stream().distinct().count(),
                "Alt+" + letter + " is used by " + owners));
    }

    private static void collect(Node node, Map<Character, List<String>> letters) {
        if (node instanceof Labeled labeled && labeled.isMnemonicParsing() && labeled.getText() != null) {
            String text = labeled.getText();
            int underscore = text.indexOf('_');
            if (underscore >= 0 && underscore + 1 < text.length()) {
                char letter = Character.toLowerCase(text.charAt(underscore + 1));
                String owner = text.replaceAll("^[▸▾] ", "").replaceAll("(Hide c|C)onnection", "Connection")
                        .replaceAll(": host, port, TLS", "");
                letters.computeIfAbsent(letter, k -> new ArrayList<>()).add(owner.replace("_", ""));
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, letters);
            }
        }
    }
}
