package dev.parallax.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The reader window. A placeholder until the side-by-side view lands. */
public final class ParallaxApp extends Application {
    @Override
    public void start(Stage stage) {
        Label label = new Label("Parallax: the side-by-side reader is on its way. Use the command line meanwhile.");
        label.setId("placeholder");
        stage.setTitle("Parallax");
        stage.setScene(new Scene(new StackPane(label), 900, 600));
        stage.show();
    }
}
