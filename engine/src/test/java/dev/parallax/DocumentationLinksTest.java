package dev.parallax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Every relative link and image in README.md and docs/ resolves to a file inside the repository. */
class DocumentationLinksTest {
    private static final Path ROOT = Path.of("").toAbsolutePath().normalize();

    @Test
    void everyRelativeLinkResolvesInsideTheRepository() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path document : documents) {
            for (String target : targets(Files.readString(document))) {
                if (isExternal(target)) {
                    continue;
                }
                checked++;
                String file = URLDecoder.decode(target.replaceFirst("[#?].*$", ""), StandardCharsets.UTF_8);
                Path resolved = file.isEmpty() ? document : document.getParent().resolve(file).normalize();
                if (!resolved.startsWith(ROOT) || !Files.exists(resolved)) {
                    broken.add(ROOT.relativize(document) + " -> " + target);
                }
            }
        }
        assertFalse(checked == 0, "the documents link to files of the repository");
        assertEquals(List.of(), broken, "links that do not resolve inside the repository");
    }

    private static boolean isExternal(String target) {
        return target.startsWith("#") || URI.create(target.replace(" ", "%20")).getScheme() != null;
    }

    /** Link and image destinations, including those of raw HTML ({@code <img src>}, {@code <a href>}). */
    private static List<String> targets(String markdown) {
        List<String> out = new ArrayList<>();
        Node doc = Parser.builder().build().parse(markdown);
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                out.add(link.getDestination());
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                out.add(image.getDestination());
            }

            @Override
            public void visit(HtmlInline html) {
                html(html.getLiteral());
            }

            @Override
            public void visit(HtmlBlock html) {
                html(html.getLiteral());
            }

            private void html(String literal) {
                Jsoup.parseBodyFragment(literal).select("[href], [src]").forEach(e ->
                        out.add(e.hasAttr("href") ? e.attr("href") : e.attr("src")));
            }
        });
        return out;
    }
}
