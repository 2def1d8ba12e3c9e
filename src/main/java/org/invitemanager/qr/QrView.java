package org.invitemanager.qr;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.invitemanager.domain.Failure;
import org.invitemanager.domain.FailureException;

/**
 * Shows a payload as a sharp QR code: every module covers the same whole number of device pixels, at the output
 * scale of the window the view is in. Dark on white whatever the theme, since scanners expect that.
 */
public final class QrView extends Region {

    /** Logical pixels per side, quiet zone included, unless {@link #setLogicalSize(double)} says otherwise. */
    public static final double DEFAULT_LOGICAL_SIZE = 280;

    private final StringProperty payload = new SimpleStringProperty(this, "payload");
    private final DoubleProperty logicalSize = new SimpleDoubleProperty(this, "logicalSize", DEFAULT_LOGICAL_SIZE);
    private final ReadOnlyObjectWrapper<Failure> failure = new ReadOnlyObjectWrapper<>(this, "failure");
    // Held in a field: the chained value only tracks scene and window while something listens to it.
    private final ObservableValue<Number> renderScale = sceneProperty()
            .flatMap(Scene::windowProperty)
            .flatMap(Window::renderScaleXProperty)
            .orElse(1.0);
    private final ImageView imageView = new ImageView();
    private QrMatrix matrix;
    private int pixelsPerModule;

    /** Creates an empty view; set a payload to show a code. */
    public QrView() {
        getStyleClass().add("qr-view");
        setStyle("-fx-background-color: white;");
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        imageView.setSmooth(false);
        imageView.setPreserveRatio(false);
        // The code must not be squeezed or stretched by the parent; any white margin is part of the quiet zone.
        setMinSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        getChildren().add(imageView);
        payload.addListener((obs, old, now) -> encode());
        logicalSize.addListener((obs, old, now) -> render());
        renderScale.addListener((obs, old, now) -> render());
    }

    /**
     * The code for {@code payload} as an image at {@code pixelsPerModule}, quiet zone included, for the clipboard.
     *
     * @throws FailureException if the payload cannot be encoded
     */
    public static Image imageOf(String payload, int pixelsPerModule) {
        return toImage(QrRaster.render(QrEncoder.encode(payload), pixelsPerModule));
    }

    private static WritableImage toImage(QrImage qr) {
        WritableImage image = new WritableImage(qr.width(), qr.height());
        image.getPixelWriter().setPixels(0, 0, qr.width(), qr.height(), PixelFormat.getIntArgbInstance(),
                qr.argb(), 0, qr.width());
        return image;
    }

    /** The text to encode, exactly as given; {@code null} or empty shows nothing. */
    public StringProperty payloadProperty() {
        return payload;
    }

    public String getPayload() {
        return payload.get();
    }

    public void setPayload(String value) {
        payload.set(value);
    }

    /** Preferred side of the view in logical pixels; the code is drawn as large as fits in it. */
    public DoubleProperty logicalSizeProperty() {
        return logicalSize;
    }

    public double getLogicalSize() {
        return logicalSize.get();
    }

    public void setLogicalSize(double value) {
        logicalSize.set(value);
    }

    /** Why the current payload could not be shown, or {@code null} if it is shown or there is none. */
    public ReadOnlyObjectProperty<Failure> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** The image currently shown, or {@code null}. */
    public Image getImage() {
        return imageView.getImage();
    }

    /** The modules currently shown, or {@code null}. */
    public QrMatrix getMatrix() {
        return matrix;
    }

    /** Device pixels per module side in the current image, or 0 if none is shown. */
    public int pixelsPerModule() {
        return pixelsPerModule;
    }

    private void encode() {
        String text = payload.get();
        matrix = null;
        failure.set(null);
        if (text != null && !text.isEmpty()) {
            try {
                matrix = QrCodes.encode(text);
            } catch (FailureException e) {
                failure.set(e.failure());
            }
        }
        setAccessibleText(matrix == null ? null : "QR code for " + text);
        render();
    }

    private void render() {
        requestLayout();
        if (matrix == null) {
            pixelsPerModule = 0;
            imageView.setImage(null);
            return;
        }
        double scale = renderScale.getValue().doubleValue();
        pixelsPerModule = QrRaster.pixelsPerModule(logicalSize.get(), scale, matrix.size());
        QrImage qr = QrRaster.render(matrix, pixelsPerModule);
        imageView.setImage(toImage(qr));
        imageView.setFitWidth(qr.width() / scale);
        imageView.setFitHeight(qr.height() / scale);
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + logicalSize.get() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + logicalSize.get() + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        layoutInArea(imageView, snappedLeftInset(), snappedTopInset(), getWidth() - snappedLeftInset()
                - snappedRightInset(), getHeight() - snappedTopInset() - snappedBottomInset(), 0, HPos.CENTER,
                VPos.CENTER);
    }
}
