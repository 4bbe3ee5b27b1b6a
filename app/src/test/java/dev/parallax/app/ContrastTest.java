package dev.parallax.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Grey labels and hints stay readable: at least 4.5:1 (WCAG AA) on the chrome and the pane, in both themes. */
class ContrastTest {
    @Test
    void mutedTextMeetsAaOnEveryBackgroundInBothThemes() throws Exception {
        Map<String, String> light = colours("parallax.css");
        Map<String, String> dark = new HashMap<>(light);
        dark.putAll(colours("parallax-dark.css"));
        for (Map<String, String> theme : java.util.List.of(light, dark)) {
            for (String fg : java.util.List.of("-muted", "-ink", "-deleted", "-inserted")) {
                for (String bg : java.util.List.of("-chrome", "-pane")) {
                    double ratio = ratio(theme.get(fg), theme.get(bg));
                    assertTrue(ratio >= 4.5, fg + " " + theme.get(fg) + " on " + bg + " " + theme.get(bg) + ": " + ratio);
                }
            }
        }
    }

    private static Map<String, String> colours(String sheet) throws Exception {
        try (InputStream in = ContrastTest.class.getResourceAsStream("/dev/parallax/app/" + sheet)) {
            String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> out = new HashMap<>();
            Matcher m = Pattern.compile("(-[a-z-]+):\\s*(#[0-9A-Fa-f]{6})").matcher(css.substring(0, css.indexOf('}')));
            while (m.find()) {
                out.put(m.group(1), m.group(2));
            }
            return out;
        }
    }

    static double ratio(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
