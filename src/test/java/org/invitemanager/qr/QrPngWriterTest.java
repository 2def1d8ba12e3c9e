package org.invitemanager.qr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QrPngWriterTest {

    @TempDir
    Path dir;

    @Test
    void writtenPngDecodesToTheExactPayload() throws IOException {
        QrMatrix matrix = QrEncoder.encode(QrEncoderTest.INVITE);
        Path file = dir.resolve("invite.png");

        QrPngWriter.write(matrix, QrPngWriter.EXPORT_PIXELS_PER_MODULE, file);

        BufferedImage png = read(file);
        assertEquals((matrix.size() + 8) * 10, png.getWidth());
        assertEquals(png.getWidth(), png.getHeight());
        assertEquals(QrEncoderTest.INVITE, QrDecoding.decode(png.getWidth(), png.getHeight(), pixels(png)));
    }

    @Test
    void pngHasTheSamePixelsAsTheRaster() throws IOException {
        QrMatrix matrix = QrEncoder.encode("https://example.org/ü?x=ß");
        Path file = dir.resolve("code.png");

        QrPngWriter.write(matrix, 3, file);

        BufferedImage png = read(file);
        assertEquals(QrRaster.render(matrix, 3), new QrImage(png.getWidth(), png.getHeight(), pixels(png)));
    }

    @Test
    void noTemporaryFileRemainsAfterWriting() throws IOException {
        QrPngWriter.write(QrEncoder.encode(QrEncoderTest.INVITE), 10, dir.resolve("invite.png"));

        assertEquals(List.of("invite.png"), fileNames());
    }

    @Test
    void existingFileIsReplaced() throws IOException {
        Path file = dir.resolve("invite.png");
        Files.writeString(file, "old contents");

        QrPngWriter.write(QrEncoder.encode(QrEncoderTest.INVITE), 2, file);

        BufferedImage png = read(file);
        assertEquals(QrEncoderTest.INVITE, QrDecoding.decode(png.getWidth(), png.getHeight(), pixels(png)));
        assertEquals(List.of("invite.png"), fileNames());
    }

    @Test
    void failedReplaceLeavesNoTemporaryFileBehind() throws IOException {
        Path blocker = Files.createDirectory(dir.resolve("invite.png"));
        Files.writeString(blocker.resolve("keep.txt"), "a folder cannot be replaced by a file");

        assertThrows(IOException.class, () -> QrPngWriter.write(QrEncoder.encode("x"), 10, blocker));

        assertEquals(List.of("invite.png"), fileNames());
        assertTrue(Files.isDirectory(blocker));
    }

    @Test
    void missingFolderIsAnIoException() {
        Path file = dir.resolve("missing-folder").resolve("invite.png");

        assertThrows(IOException.class, () -> QrPngWriter.write(QrEncoder.encode("x"), 10, file));

        assertTrue(Files.notExists(file));
    }

    private static BufferedImage read(Path file) throws IOException {
        BufferedImage png = ImageIO.read(file.toFile());
        assertNotNull(png, "a readable image");
        return png;
    }

    private static int[] pixels(BufferedImage png) {
        return png.getRGB(0, 0, png.getWidth(), png.getHeight(), null, 0, png.getWidth());
    }

    private List<String> fileNames() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
