package org.invitemanager.qr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QrSvgWriterTest {

    private static final Pattern PATH = Pattern.compile("<path\\b[^>]*\\bd=\"([^\"]*)\"");
    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z");
    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {2, 4, 7})
    void pathDrawnAsPixelsDecodesToTheExactPayload(int pixelsPerModule) {
        String svg = QrSvgWriter.toSvg(QrEncoder.encode(QrEncoderTest.INVITE));

        QrImage drawn = drawPath(svg, pixelsPerModule);

        assertEquals(QrEncoderTest.INVITE, QrDecoding.decode(drawn));
    }

    @Test
    void pathCoversExactlyTheDarkModulesOfTheRaster() {
        QrMatrix matrix = QrEncoder.encode(QrEncoderTest.longHttpsUrl());

        assertEquals(QrRaster.render(matrix, 3), drawPath(QrSvgWriter.toSvg(matrix), 3));
    }

    @Test
    void documentHasOneCrispBlackPathOnAWhiteSquareWithTheQuietZone() {
        QrMatrix matrix = QrEncoder.encode(QrEncoderTest.INVITE);
        int side = matrix.size() + 8;

        String svg = QrSvgWriter.toSvg(matrix);

        assertEquals(1, count(svg, "<path"));
        assertEquals(1, count(svg, "<rect"));
        assertTrue(svg.startsWith("<?xml"), svg.substring(0, 20));
        assertTrue(svg.contains("viewBox=\"0 0 " + side + " " + side + "\""));
        assertTrue(svg.contains("width=\"" + side * 10 + "\" height=\"" + side * 10 + "\""));
        assertTrue(svg.contains("<rect x=\"0\" y=\"0\" width=\"" + side + "\" height=\"" + side
                + "\" fill=\"#ffffff\" stroke=\"none\"/>"));
        assertTrue(svg.contains("<path fill=\"#000000\" stroke=\"none\" shape-rendering=\"crispEdges\" d=\"M"));
        assertTrue(svg.strip().endsWith("</svg>"));
    }

    @Test
    void firstRunIsTheTopLeftFinderPatternInsideTheQuietZone() {
        Matcher run = RUN.matcher(pathData(QrSvgWriter.toSvg(QrEncoder.encode("x"))));

        assertTrue(run.find());
        // A finder pattern's top edge is seven dark modules, directly after the four quiet-zone modules.
        assertEquals(List.of("4", "4", "7", "7"), List.of(run.group(1), run.group(2), run.group(3), run.group(4)));
    }

    @Test
    void writtenFileHoldsTheDocumentAndNoTemporaryFileRemains() throws IOException {
        QrMatrix matrix = QrEncoder.encode(QrEncoderTest.INVITE);
        Path file = dir.resolve("invite.svg");
        Files.writeString(file, "old contents");

        QrSvgWriter.write(matrix, file);

        assertEquals(QrSvgWriter.toSvg(matrix), Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(List.of("invite.svg"), fileNames());
    }

    @Test
    void failedReplaceLeavesNoTemporaryFileBehind() throws IOException {
        Path blocker = Files.createDirectory(dir.resolve("invite.svg"));
        Files.writeString(blocker.resolve("keep.txt"), "a folder cannot be replaced by a file");

        assertThrows(IOException.class, () -> QrSvgWriter.write(QrEncoder.encode("x"), blocker));

        assertEquals(List.of("invite.svg"), fileNames());
        assertTrue(Files.isDirectory(blocker));
    }

    @Test
    void imageMagickRendersTheFileToACodeThatDecodes() throws Exception {
        Assumptions.assumeTrue(toolAnswers("ImageMagick", "convert", "-version"), "ImageMagick is not installed");
        Path svg = dir.resolve("invite.svg");
        Path png = dir.resolve("invite.png");
        QrSvgWriter.write(QrEncoder.encode(QrEncoderTest.INVITE), svg);

        assertEquals(0, run("convert", svg.toString(), png.toString()), "convert exit status");

        assertEquals(QrEncoderTest.INVITE, decodePng(png));
    }

    @Test
    void librsvgRendersTheFileToACodeThatDecodes() throws Exception {
        Assumptions.assumeTrue(toolAnswers("rsvg-convert", "rsvg-convert", "--version"), "librsvg is not installed");
        Path svg = dir.resolve("invite.svg");
        Path png = dir.resolve("invite.png");
        QrSvgWriter.write(QrEncoder.encode(QrEncoderTest.INVITE), svg);

        assertEquals(0, run("rsvg-convert", "--background-color=white", "-o", png.toString(), svg.toString()),
                "rsvg-convert exit status");

        assertEquals(QrEncoderTest.INVITE, decodePng(png));
    }

    /** Paints the path's subpaths, in the format the writer promises, onto white at whole pixels per module. */
    private static QrImage drawPath(String svg, int pixelsPerModule) {
        Matcher viewBox = VIEW_BOX.matcher(svg);
        assertTrue(viewBox.find(), "a viewBox in module units");
        int side = Integer.parseInt(viewBox.group(1)) * pixelsPerModule;
        int[] argb = new int[side * side];
        Arrays.fill(argb, QrRaster.LIGHT);

        String d = pathData(svg);
        Matcher run = RUN.matcher(d);
        int consumed = 0;
        while (run.find()) {
            assertEquals(consumed, run.start(), "only run subpaths in d");
            assertEquals(run.group(3), run.group(4), "each subpath returns to its start");
            int x = Integer.parseInt(run.group(1)) * pixelsPerModule;
            int y = Integer.parseInt(run.group(2)) * pixelsPerModule;
            int width = Integer.parseInt(run.group(3)) * pixelsPerModule;
            for (int row = y; row < y + pixelsPerModule; row++) {
                Arrays.fill(argb, row * side + x, row * side + x + width, QrRaster.DARK);
            }
            consumed = run.end();
        }
        assertEquals(d.length(), consumed, "the whole of d was read");
        return new QrImage(side, side, argb);
    }

    private static String pathData(String svg) {
        Matcher path = PATH.matcher(svg);
        assertTrue(path.find(), "a path with a d attribute");
        return path.group(1);
    }

    private static int count(String text, String needle) {
        return text.split(Pattern.quote(needle), -1).length - 1;
    }

    private static String decodePng(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, "a readable PNG");
        // The white corner shows that the renderer drew no outline around the background.
        assertEquals(0xFFFFFFFF, image.getRGB(0, 0), "top-left pixel");
        int[] argb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return QrDecoding.decode(image.getWidth(), image.getHeight(), argb);
    }

    private static boolean toolAnswers(String name, String... versionCommand) {
        try {
            Process version = new ProcessBuilder(versionCommand).redirectErrorStream(true).start();
            String out = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return version.waitFor(20, TimeUnit.SECONDS) && version.exitValue() == 0 && out.contains(name);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish");
        }
        return process.exitValue();
    }

    private List<String> fileNames() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
