package dev.parallax.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Reads article files and folders of them. Every file yields a {@link LoadResult}: bad input (empty,
 * binary, too large, unreadable, vanished) becomes a one-line reason, and the other files go on.
 */
public final class ArticleLoader {
    /** Articles are kilobytes; anything this large is a log, a dump or a mistake, not a report. */
    public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;
    private static final int MAX_FILES_IN_FOLDER = 100_000;

    private final long maxBytes;
    private final PlainTextExtractor textExtractor = new PlainTextExtractor();
    private final HtmlExtractor htmlExtractor = new HtmlExtractor();

    public ArticleLoader() {
        this(DEFAULT_MAX_BYTES);
    }

    public ArticleLoader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Files given directly are read whatever their name; folders contribute their article files. */
    public List<LoadResult> load(List<Path> inputs) {
        List<LoadResult> results = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                List<LoadResult> failures = new ArrayList<>();
                List<Path> files = articleFiles(input, failures);
                results.addAll(failures);
                if (files.isEmpty() && failures.isEmpty()) {
                    results.add(new LoadResult.Failed(input, "folder holds no .txt or .html files"));
                }
                for (Path f : files) {
                    results.add(loadFile(f));
                }
            } else {
                results.add(loadFile(input));
            }
        }
        return results;
    }

    /** The article files under a folder, sorted, recursively; symlink loops and unreadable folders are reported. */
    public static List<Path> articleFiles(Path folder, List<LoadResult> failures) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), 32, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && isArticleName(file) && files.size() < MAX_FILES_IN_FOLDER) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    String why = e instanceof java.nio.file.FileSystemLoopException ? "symbolic link loop, skipped"
                            : e instanceof AccessDeniedException ? "permission denied, skipped"
                            : "cannot be read (" + e.getClass().getSimpleName() + "), skipped";
                    failures.add(new LoadResult.Failed(file, why));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            failures.add(new LoadResult.Failed(folder, "folder cannot be read: " + e.getMessage()));
        }
        files.sort(null);
        return files;
    }

    static boolean isArticleName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || isHtmlName(name) || name.endsWith(".text");
    }

    private static boolean isHtmlName(String lowerName) {
        String n = lowerName.endsWith(".gz") ? lowerName.substring(0, lowerName.length() - 3) : lowerName;
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml") || n.endsWith(".shtml");
    }

    public LoadResult loadFile(Path file) {
        try {
            if (!Files.exists(file)) {
                return new LoadResult.Failed(file, "no such file");
            }
            if (!Files.isRegularFile(file)) {
                return new LoadResult.Failed(file, "not a regular file");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                return new LoadResult.Failed(file, String.format(Locale.ROOT,
                        "too large for an article (%.1f MB; the limit is %.0f MB, raise it with --max-size)",
                        size / 1048576.0, maxBytes / 1048576.0));
            }
            byte[] bytes = readBytes(file);
            return fromBytes(file, bytes);
        } catch (NoSuchFileException e) {
            return new LoadResult.Failed(file, "disappeared while being read");
        } catch (AccessDeniedException e) {
            return new LoadResult.Failed(file, "permission denied");
        } catch (IOException e) {
            return new LoadResult.Failed(file, "cannot be read: " + e.getMessage());
        }
    }

    /** Turns already-read bytes into an article; {@code name} decides between HTML and plain text. */
    public LoadResult fromBytes(Path name, byte[] bytes) {
        if (bytes.length == 0) {
            return new LoadResult.Failed(name, "empty file");
        }
        String binary = BinarySniffer.describe(bytes);
        if (binary != null) {
            return new LoadResult.Failed(name, "looks like " + binary
                    + ", not an article; Parallax reads plain text and saved HTML pages");
        }
        boolean html = looksLikeHtml(name, bytes);
        Decoded decoded = CharsetDetection.decode(bytes, html);
        if (decoded.text().isBlank()) {
            return new LoadResult.Failed(name, "holds only white space");
        }
        Extraction extraction = html
                ? htmlExtractor.extract(decoded.text(), null)
                : textExtractor.extract(decoded.text());
        Article article = ArticleAssembler.assemble(name.toString(), extraction);
        if (article.text().isBlank()) {
            return new LoadResult.Failed(name, "no article text found" + (html ? " in the page" : ""));
        }
        return new LoadResult.Loaded(name, article, decoded);
    }

    private byte[] readBytes(Path file) throws IOException {
        boolean gz = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = gz ? new GZIPInputStream(raw) : raw) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[64 * 1024];
            int n;
            while ((n = in.read(buf)) > 0) {
                out.write(buf, 0, n);
                if (out.size() > maxBytes) {
                    throw new IOException("too large once decompressed (over "
                            + maxBytes / 1048576 + " MB)");
                }
            }
            return out.toByteArray();
        }
    }

    static boolean looksLikeHtml(Path name, byte[] bytes) {
        if (isHtmlName(name.getFileName().toString().toLowerCase(Locale.ROOT))) {
            return true;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("\u00ef\u00bb\u00bf")) {
            head = head.substring(3).stripLeading();
        }
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")
                && head.contains("<html");
    }
}
