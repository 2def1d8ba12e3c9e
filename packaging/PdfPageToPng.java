import java.io.File;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Renders the first page of a PDF to a PNG at a given resolution, so screenshot.sh can show an invite sheet on the
 * virtual screen without a PDF viewer installed. Run as a single-file program with the app's class path:
 * {@code java -cp CLASSPATH packaging/PdfPageToPng.java sheet.pdf page.png 100}
 */
public final class PdfPageToPng {

    public static void main(String[] args) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(new File(args[0]))) {
            float dpi = args.length > 2 ? Float.parseFloat(args[2]) : 100;
            ImageIO.write(new PDFRenderer(pdf).renderImageWithDPI(0, dpi, ImageType.RGB), "png", new File(args[1]));
        }
    }
}
