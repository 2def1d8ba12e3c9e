package org.invitemanager;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.invitemanager.cli.CliEnvironment;
import org.invitemanager.qr.QrPngWriter;
import org.invitemanager.qr.QrView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package layout of STYLE.md §2, checked on the compiled main classes. */
class ArchitectureTest {

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("org.invitemanager");
    }

    @Test
    void importSeesTheMainClassesAndTheirDependencies() {
        assertTrue(main.size() > 30, "imported " + main.size());
        assertTrue(main.contain("org.invitemanager.domain.Invite"));
        assertTrue(main.stream().noneMatch(c -> c.getSimpleName().endsWith("Test")), "no test classes imported");
        // The rules below are only meaningful if dependencies are seen at all.
        assertTrue(main.get(QrView.class).getDirectDependenciesFromSelf().stream()
                .anyMatch(d -> d.getTargetClass().getPackageName().startsWith("javafx.scene")));
    }

    @Test
    void domainDependsOnlyOnTheJdkAndItself() {
        classes().that().resideInAPackage("org.invitemanager.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.invitemanager.domain..")
                .check(main);
    }

    @Test
    void xmppNeverReachesJavaFxOrTheUi() {
        noClasses().that().resideInAPackage("org.invitemanager.xmpp..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.invitemanager.ui..")
                .check(main);
    }

    @Test
    void uiNeverReachesSmackOrJxmpp() {
        noClasses().that().resideInAPackage("org.invitemanager.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jivesoftware..", "org.jxmpp..")
                .check(main);
    }

    @Test
    void viewModelsUseNoScenesOrStages() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(main);
    }

    @Test
    void onlyQrViewInTheQrPackageTouchesJavaFx() {
        noClasses().that().resideInAPackage("org.invitemanager.qr..")
                .and().doNotBelongToAnyOf(QrView.class)
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(main);
    }

    @Test
    void onlyQrPngWriterUsesAwt() {
        noClasses().that().doNotBelongToAnyOf(QrPngWriter.class)
                .should().dependOnClassesThat().resideInAPackage("java.awt..")
                .check(main);
    }

    @Test
    void settingsNeverReachJavaFxOrSmack() {
        noClasses().that().resideInAPackage("org.invitemanager.settings..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jivesoftware..", "org.jxmpp..")
                .check(main);
    }

    @Test
    void desktopIntegrationIsPlainJava() {
        noClasses().that().resideInAPackage("org.invitemanager.desktop..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jivesoftware..", "org.jxmpp..",
                        "org.invitemanager.ui..", "org.invitemanager.xmpp..")
                .check(main);
    }

    @Test
    void cliUsesTheAppsSessionAndNeitherJavaFxNorSmack() {
        noClasses().that().resideInAPackage("org.invitemanager.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.invitemanager.ui..",
                        "org.jivesoftware..", "org.jxmpp..")
                .check(main);
    }

    @Test
    void noClassButTheCommandLinesEnvironmentWritesToStandardStreams() {
        // The command line's output is standard output, and so is the start-up probe's one line for benchmarks;
        // everything else logs.
        noClasses().that().doNotBelongToAnyOf(CliEnvironment.class, StartupProbe.class)
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .check(main);
    }
}
