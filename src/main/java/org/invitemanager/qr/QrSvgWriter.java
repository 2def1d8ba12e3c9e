package org.invitemanager.qr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Saves a QR code as an SVG file: dark modules as one path on a white square that includes the quiet zone, in module
 * units, so the code stays sharp at any print or screen size.
 */
public final class QrSvgWriter {

    /** Displayed size of one module when the SVG is opened as is, the same as the PNG export. */
    public static final int DISPLAY_PIXELS_PER_MODULE = QrPngWriter.EXPORT_PIXELS_PER_MODULE;

    private QrSvgWriter() {
    }

    /**
     * A standalone SVG document of {@code matrix}: a white background {@code size + 8} modules square and one black
     * path whose subpaths are the horizontal runs of dark modules, each {@code M x y h w v 1 h -w z}.
     */
    public static String toSvg(QrMatrix matrix) {
        int side = matrix.size() + 2 * QrRaster.QUIET_ZONE_MODULES;
        int displaySide = side * DISPLAY_PIXELS_PER_MODULE;
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"")
                .append(" width=\"").append(displaySide).append("\" height=\"").append(displaySide).append('"')
                .append(" viewBox=\"0 0 ").append(side).append(' ').append(side).append("\">\n")
                .append("<rect x=\"0\" y=\"0\" width=\"").append(side).append("\" height=\"").append(side)
                .append("\" fill=\"#ffffff\" stroke=\"none\"/>\n")
                // stroke="none" is the SVG default, but ImageMagick's built-in renderer strokes shapes without it.
                .append("<path fill=\"#000000\" stroke=\"none\" shape-rendering=\"crispEdges\" d=\"");
        appendDarkRuns(svg, matrix);
        svg.append("\"/>\n</svg>\n");
        return svg.toString();
    }

    /**
     * Writes {@link #toSvg(QrMatrix)} to {@code file} in UTF-8. The file is replaced in one step, so a failed write
     * leaves any earlier file as it was and no partial file behind.
     */
    public static void write(QrMatrix matrix, Path file) throws IOException {
        byte[] svg = toSvg(matrix).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(svg));
    }

    private static void appendDarkRuns(StringBuilder d, QrMatrix matrix) {
        int offset = QrRaster.QUIET_ZONE_MODULES;
        for (QrMatrix.DarkRun run : matrix.darkRuns()) {
            d.append('M').append(offset + run.column()).append(' ').append(offset + run.row())
                    .append('h').append(run.length()).append("v1h-").append(run.length()).append('z');
        }
    }
}
