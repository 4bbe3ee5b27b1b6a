package dev.parallax.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The shipped fonts load, under the families the style sheet names. */
@ExtendWith(ApplicationExtension.class)
class FontsTest {
    @Start
    void start(Stage stage) {
    }

    @Test
    void theStyleSheetsFamiliesExistWhateverTheSystemHas() {
        var families = Fonts.load();
        assertTrue(families.containsAll(java.util.List.of("Charis SIL", "Inter", "Noto Naskh Arabic")), families.toString());
        for (String family : java.util.List.of("Charis SIL", "Inter", "Noto Naskh Arabic")) {
            assertEquals(family, Font.font(family, 15).getFamily());
        }
    }
}
