package dev.parallax.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Font;

/**
 * Loads the fonts shipped in the jar (Charis SIL, Inter, Noto Naskh Arabic; OFL, see fonts/README.md) once,
 * so the style sheet's families exist on every machine instead of whatever the system falls back to.
 */
final class Fonts {
    private static final List<String> FILES = List.of("CharisSIL-Regular.ttf", "CharisSIL-Bold.ttf",
            "Inter-Regular.otf", "Inter-Bold.otf", "NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf");
    private static List<String> families;

    private Fonts() {
    }

    /** The families loaded (a font that fails to load is skipped: the system's fallback stands in). */
    static synchronized List<String> load() {
        if (families == null) {
            List<String> out = new ArrayList<>();
            for (String file : FILES) {
                try (InputStream in = Fonts.class.getResourceAsStream("fonts/" + file)) {
                    Font f = in == null ? null : Font.loadFont(in, 12);
                    if (f != null) {
                        out.add(f.getFamily());
                    }
                } catch (IOException e) {
                    // a missing font leaves the system's choice in place
                }
            }
            families = List.copyOf(out);
        }
        return families;
    }
}
