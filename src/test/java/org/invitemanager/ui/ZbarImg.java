package org.invitemanager.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Reads a QR code from a snapshot of the whole window with zbarimg, an independent decoder, as a phone would. */
final class ZbarImg {

    private ZbarImg() {
    }

    static String decodeWindow(Scene scene, Path directory) throws Exception {
        WritableImage shot = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(10, TimeUnit.SECONDS);
        BufferedImage image = SwingFXUtils.fromFXImage(shot, null);
        Path png = Files.createTempFile(directory, "window-", ".png");
        ImageIO.write(image, "png", png.toFile());
        return run(png);
    }

    static String run(Path png) throws IOException, InterruptedException {
        Process zbar;
        try {
            zbar = new ProcessBuilder("zbarimg", "-q", "--raw", png.toString()).redirectErrorStream(false).start();
        } catch (IOException e) {
            throw new IllegalStateException("zbarimg is missing: run the README test command (installs zbar-tools)", e);
        }
        String out = new String(zbar.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!zbar.waitFor(20, TimeUnit.SECONDS)) {
            zbar.destroyForcibly();
            throw new IllegalStateException("zbarimg did not finish");
        }
        if (zbar.exitValue() != 0) {
            throw new AssertionError("zbarimg found no QR code in " + png + " (exit " + zbar.exitValue() + ")");
        }
        return out;
    }
}
