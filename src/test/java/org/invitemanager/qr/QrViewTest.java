package org.invitemanager.qr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.invitemanager.domain.Failure;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class QrViewTest {

    private QrView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // TestFX reuses one stage; undo a render scale that an earlier test forced.
        stage.setRenderScaleX(stage.getOutputScaleX());
        stage.setRenderScaleY(stage.getOutputScaleY());
        view = new QrView();
        stage.setScene(new Scene(new StackPane(view), 400, 400));
        stage.show();
    }

    @Test
    void shownImageDecodesToTheExactPayload(FxRobot robot) throws Exception {
        robot.interact(() -> view.setPayload(QrEncoderTest.INVITE));

        Image image = onFx(view::getImage);
        assertNotNull(image);
        int[] argb = onFx(() -> pixels(image));
        assertEquals(QrEncoderTest.INVITE, QrDecoding.decode((int) image.getWidth(), (int) image.getHeight(), argb));
    }

    @Test
    void imageHasWholePixelsPerModuleAndIsNotSmoothed(FxRobot robot) throws Exception {
        robot.interact(() -> view.setPayload(QrEncoderTest.INVITE));

        QrMatrix matrix = onFx(view::getMatrix);
        int ppm = onFx(view::pixelsPerModule);
        double scale = onFx(() -> stage.getOutputScaleX());
        ImageView imageView = onFx(() -> (ImageView) view.getChildrenUnmodifiable().get(0));
        assertFalse(onFx(imageView::isSmooth));
        assertEquals(QrRaster.pixelsPerModule(280, scale, matrix.size()), ppm);
        assertEquals((matrix.size() + 8) * ppm, (int) onFx(view::getImage).getWidth());
        assertEquals((matrix.size() + 8) * ppm / scale, onFx(imageView::getFitWidth), 1e-9);
    }

    @Test
    void imageIsCentredInsideTheLogicalSize(FxRobot robot) throws Exception {
        robot.interact(() -> view.setPayload(QrEncoderTest.INVITE));

        Bounds viewBounds = onFx(view::getLayoutBounds);
        Bounds imageBounds = onFx(() -> view.getChildrenUnmodifiable().get(0).getBoundsInParent());
        assertEquals(QrView.DEFAULT_LOGICAL_SIZE, viewBounds.getWidth(), 1e-9);
        assertTrue(imageBounds.getMinX() >= 0, imageBounds.toString());
        assertTrue(imageBounds.getMaxX() <= viewBounds.getWidth(), imageBounds.toString());
        assertEquals(imageBounds.getMinX(), Math.rint(imageBounds.getMinX()), 1e-9, "starts on a whole pixel");
    }

    @Test
    void changingTheLogicalSizeRendersAgain(FxRobot robot) throws Exception {
        robot.interact(() -> view.setPayload(QrEncoderTest.INVITE));
        int before = onFx(view::pixelsPerModule);

        robot.interact(() -> view.setLogicalSize(2 * QrView.DEFAULT_LOGICAL_SIZE));

        int after = onFx(view::pixelsPerModule);
        assertTrue(after >= 2 * before, before + " -> " + after);
        assertEquals((onFx(view::getMatrix).size() + 8) * after, (int) onFx(view::getImage).getWidth());
    }

    @Test
    void oversizePayloadShowsNothingAndReportsTheFailure(FxRobot robot) throws Exception {
        robot.interact(() -> view.setPayload(QrEncoderTest.INVITE));
        robot.interact(() -> view.setPayload("x".repeat(5000)));

        assertNull(onFx(view::getImage));
        assertNull(onFx(view::getMatrix));
        assertInstanceOf(Failure.InvalidInput.class, onFx(() -> view.failureProperty().get()));

        robot.interact(() -> view.setPayload(QrEncoderTest.INVITE));

        assertNull(onFx(() -> view.failureProperty().get()));
        assertNotNull(onFx(view::getImage));
    }

    @Test
    void emptyPayloadShowsNothingWithoutFailure(FxRobot robot) throws Exception {
        robot.interact(() -> view.setPayload(QrEncoderTest.INVITE));
        robot.interact(() -> view.setPayload(""));

        assertNull(onFx(view::getImage));
        assertNull(onFx(() -> view.failureProperty().get()));
        assertEquals(0, (int) onFx(view::pixelsPerModule));
    }

    @Test
    void viewOutsideAnyWindowRendersAtScaleOne() throws Exception {
        QrView detached = onFx(() -> {
            QrView qr = new QrView();
            qr.setPayload(QrEncoderTest.INVITE);
            return qr;
        });

        int modules = detached.getMatrix().size();
        assertEquals(QrRaster.pixelsPerModule(QrView.DEFAULT_LOGICAL_SIZE, 1.0, modules), detached.pixelsPerModule());
        assertEquals(QrEncoderTest.INVITE, onFx(() -> {
            Image image = detached.getImage();
            return QrDecoding.decode((int) image.getWidth(), (int) image.getHeight(), pixels(image));
        }));
    }

    /** 100, 125 and 200 % display scaling: whole device pixels per module, drawn at exactly that size. */
    @ParameterizedTest
    @ValueSource(doubles = {1.0, 1.25, 2.0})
    void everyModuleIsAWholeNumberOfDevicePixelsAtThisScale(double scale, FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setRenderScaleX(scale);
            stage.setRenderScaleY(scale);
            view.setPayload(QrEncoderTest.INVITE);
        });

        int modules = onFx(() -> view.getMatrix().size() + 2 * QrRaster.QUIET_ZONE_MODULES);
        int ppm = onFx(view::pixelsPerModule);
        Image image = onFx(view::getImage);
        ImageView imageView = onFx(() -> (ImageView) view.getChildrenUnmodifiable().get(0));

        assertEquals((int) Math.floor(QrView.DEFAULT_LOGICAL_SIZE * scale / modules), ppm);
        assertEquals(ppm * modules, (int) image.getWidth(), "the image is whole modules of whole pixels");
        assertEquals(image.getWidth(), onFx(imageView::getFitWidth) * scale, 1e-9, "one image pixel per device pixel");
        assertFalse(onFx(imageView::isSmooth));
        int side = (int) image.getWidth();
        assertEquals(QrEncoderTest.INVITE, QrDecoding.decode(side, side, onFx(() -> pixels(image))));
    }

    private static int[] pixels(Image image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return argb;
    }

    private static <T> T onFx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(5, TimeUnit.SECONDS);
    }
}
