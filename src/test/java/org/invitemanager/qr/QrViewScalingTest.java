package org.invitemanager.qr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The view at 100, 125 and 200 % display scaling: whole device pixels per module, drawn at exactly that size. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class QrViewScalingTest {

    private QrView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        view = new QrView();
        stage.setScene(new Scene(new StackPane(view), 400, 400));
        stage.show();
    }

    @ParameterizedTest
    @ValueSource(doubles = {1.0, 1.25, 2.0})
    void everyModuleIsAWholeNumberOfDevicePixelsAtThisScale(double scale, FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setRenderScaleX(scale);
            stage.setRenderScaleY(scale);
            view.setPayload(QrEncoderTest.INVITE);
        });

        int[] facts = WaitForAsyncUtils.asyncFx(() -> {
            ImageView imageView = (ImageView) view.getChildrenUnmodifiable().get(0);
            Image image = view.getImage();
            int modules = view.getMatrix().size() + 2 * QrRaster.QUIET_ZONE_MODULES;
            return new int[] {view.pixelsPerModule(), modules, (int) image.getWidth(),
                (int) Math.round(imageView.getFitWidth() * scale), imageView.isSmooth() ? 1 : 0};
        }).get(10, TimeUnit.SECONDS);
        int ppm = facts[0];
        int modules = facts[1];

        assertEquals((int) Math.floor(QrView.DEFAULT_LOGICAL_SIZE * scale / modules), ppm);
        assertEquals(ppm * modules, facts[2], "the image is whole modules of whole pixels");
        assertEquals(facts[2], facts[3], "shown at one image pixel per device pixel");
        assertEquals(0, facts[4], "no smoothing");
        Image image = WaitForAsyncUtils.asyncFx(view::getImage).get(10, TimeUnit.SECONDS);
        assertEquals(QrEncoderTest.INVITE, QrDecoding.decode(facts[2], facts[2], pixels(image)));
        assertFalse(ppm < 2, "large enough to scan");
    }

    private static int[] pixels(Image image) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            int side = (int) image.getWidth();
            int[] argb = new int[side * side];
            image.getPixelReader().getPixels(0, 0, side, side, PixelFormat.getIntArgbInstance(), argb, 0, side);
            return argb;
        }).get(10, TimeUnit.SECONDS);
    }
}
