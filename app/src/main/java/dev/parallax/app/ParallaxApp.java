package dev.parallax.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * The reader application. Arguments are articles or folders to open; with none, the two seed reports.
 * {@code --screenshot FILE} renders the window at 1600×1000 once the comparison is shown, writes a PNG,
 * prints the time from start to first frame and to highlights shown, and exits. With
 * {@code -Dparallax.training=window} it does the same without ever showing the stage (the launcher's
 * training run for the window's start-up cache).
 */
public final class ParallaxApp extends Application {
    private ReaderModel model;

    @Override
    public void start(Stage stage) {
        List<String> args = new ArrayList<>(getParameters().getRaw());
        Path screenshot = null;
        // -Dparallax.size=1024x700 (e.g. through JDK_JAVA_OPTIONS): the screenshot's window size.
        String[] wh = System.getProperty("parallax.size", "1600x1000").split("x");
        double[] shotSize = {Double.parseDouble(wh[0]), Double.parseDouble(wh[1])};
        int at = args.indexOf("--screenshot");
        if (at >= 0 && at + 1 < args.size()) {
            screenshot = Path.of(args.get(at + 1));
            args.remove(at + 1);
            args.remove(at);
        }
        // The launcher's training run for the window's start-up (AOT) cache: the whole start-up path, a
        // picture taken off screen (the stage is never shown), then exit; run at build time or in the background.
        boolean training = "window".equals(System.getProperty("parallax.training"));
        if (training) {
            try {
                screenshot = Files.createTempFile("parallax-training", ".png");
                screenshot.toFile().deleteOnExit();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        model = new ReaderModel();
        reportUncaughtErrors();
        // The seeds are read (and then compared) on the worker while the window is built here: the first
        // view's work runs beside the window's construction, not after it.
        List<Path> paths = args.isEmpty() ? seeds() : List.of();
        if (!paths.isEmpty()) {
            model.open(paths);
        }
        // The screenshot mode neither reads nor changes the user's settings: its pictures are the same anywhere.
        Settings settings = screenshot != null ? Settings.inMemory() : Settings.forUser();
        ReaderWindow window = new ReaderWindow(stage, model, settings);
        List<Rectangle2D> screens = new ArrayList<>(List.of(Screen.getPrimary().getVisualBounds()));
        Screen.getScreens().forEach(s -> screens.add(s.getVisualBounds()));
        Rectangle2D place = screenshot != null ? new Rectangle2D(0, 0, shotSize[0], shotSize[1])
                : WindowPlacement.initial(settings, screens);
        Scene scene = window.scene(place.getWidth(), place.getHeight());
        stage.setScene(scene);
        stage.setTitle("Parallax");
        stage.setX(place.getMinX());
        stage.setY(place.getMinY());
        stage.setMinWidth(Math.min(760, place.getWidth()));
        stage.setMinHeight(Math.min(520, place.getHeight()));
        if (screenshot == null) {
            stage.setMaximized(settings.getBoolean("window.maximized", false));
            WindowPlacement.rememberOnClose(stage, settings);
        }
        long[] firstFrame = {0};
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                firstFrame[0] = sinceStart();
                stop();
            }
        }.start();
        if (screenshot != null) {
            shootWhenShown(stage, window, screenshot, firstFrame);
        }
        // Arguments are opened before the window shows: the work runs beside the first frame.
        if (!args.isEmpty()) {
            window.openArguments(args); // files, folders and web addresses
        } else if (paths.isEmpty()) {
            model.problems().add("No seed reports found; open articles with File ▸ Open Files (Ctrl+O)");
        } else {
            window.rememberOpened(paths);
        }
        if (!training) {
            stage.show();
        }
    }

    /**
     * An error escaping on the FX thread (JavaFX's own text layout can throw on some right-to-left
     * text) becomes one notice in the window, once per kind of error, instead of a stack trace.
     */
    private void reportUncaughtErrors() {
        java.util.Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> {
            String what = error.getClass().getSimpleName();
            Trace.error(error);
            if (seen.add(what)) {
                model.problems().add("A display error occurred (" + what
                        + "); some text may not be shown. Please report it with the file you opened.");
            }
        });
    }

    /** The seed reports: ./seeds, else the seeds folder beside the jar's project. */
    static List<Path> seeds() {
        for (Path dir : List.of(Path.of("seeds"), Path.of(System.getProperty("parallax.home", "."), "seeds"))) {
            if (Files.isDirectory(dir)) {
                try (var list = Files.list(dir)) {
                    return list.filter(p -> p.toString().endsWith(".txt")).sorted().limit(2).toList();
                } catch (IOException e) {
                    return List.of();
                }
            }
        }
        return List.of();
    }

    /** Milliseconds since the JVM started. */
    static long sinceStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    private void shootWhenShown(Stage stage, ReaderWindow window, Path file, long[] firstFrame) {
        long[] highlights = {0};
        boolean[] written = {false};
        boolean[] finalView = {false}; // the refined view is reached once, by whichever signal comes first
        // If the refined view never comes (the model failed), the picture shows what is there.
        javafx.animation.PauseTransition fallback = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(90));
        fallback.setOnFinished(e -> {
            if (!written[0]) {
                written[0] = true;
                write(stage, file, firstFrame[0], highlights[0]);
            }
        });
        fallback.play();
        Runnable shown = () -> {
            if (model.comparisonProperty().get() == null) {
                return;
            }
            if (highlights[0] == 0) {
                afterPulses(2, () -> highlights[0] = sinceStart());
            }
            if (model.semanticProperty().get() && !finalView[0]) {
                finalView[0] = true;
                // The final view: select the first changed passage so the detail bar shows a diff.
                afterPulses(2, () -> {
                    try {
                        window.step(1);
                    } finally { // the picture is taken even if showing the selection fails
                        afterPulses(3, () -> {
                            if (!written[0]) {
                                written[0] = true;
                                write(stage, file, firstFrame[0], highlights[0]);
                            }
                        });
                    }
                });
            }
        };
        model.comparisonProperty().addListener((o, was, now) -> shown.run());
        // A refinement equal to the first comparison sets no new comparison, only the semantic flag.
        model.semanticProperty().addListener((o, was, now) -> {
            if (now) {
                shown.run();
            }
        });
    }

    private static void afterPulses(int pulses, Runnable then) {
        new AnimationTimer() {
            private int seen;

            @Override
            public void handle(long now) {
                if (++seen >= pulses) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }

    private static void write(Stage stage, Path file, long firstFrame, long highlights) {
        try {
            var image = stage.getScene().snapshot(null);
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
            System.out.printf("first frame: %d ms%nhighlights shown: %d ms%nfinal view written: %d ms -> %s%n",
                    firstFrame, highlights, sinceStart(), file);
        } catch (IOException e) {
            System.err.println("parallax: could not write the screenshot: " + e.getMessage());
        }
        Platform.exit();
    }

    @Override
    public void stop() {
        if (model != null) {
            model.close();
        }
    }
}
