package dev.parallax.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class PlaceholderWindowTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new ParallaxApp().start(stage);
    }

    @Test
    void windowOpensWithTitle(FxRobot robot) {
        assertEquals("Parallax", stage.getTitle());
        assertTrue(stage.isShowing());
        Label label = robot.lookup("#placeholder").queryAs(Label.class);
        assertTrue(label.getText().startsWith("Parallax"));
    }
}
