package dev.parallax.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
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
import dev.parallax.article.Article;
import dev.parallax.ingest.html.ArticleFinder;
import dev.parallax.ingest.extract.ArticleAssembler;
import dev.parallax.ingest.extract.Extraction;

/**
 * Reads article files and folders of them. Every file yields a {@link LoadResult}: bad input (empty,
 * binary, too large, unreadable, vanished) becomes a one-line reason, and the other files go on.
 */
public final class ArticleLoader {
    /** Articles are kilobytes; anything this large is a log, a dump or a mistake, not a report. */
    public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;
    /** More files than any reader compares; past it a folder is most likely a mistake (a home folder). */
    public static final int DEFAULT_MAX_FILES = 100_000;

    /** Told before each file is read: lets a window show progress (and a test change the folder meanwhile). */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (file, done, total) -> { };

        void reading(Path file, int done, int total);
    }

    private final long maxBytes;
    private final int maxFiles;
    private final PlainTextExtractor textExtractor = new PlainTextExtractor();
    private final ArticleFinder htmlExtractor = new ArticleFinder();

    public ArticleLoader() {
        this(DEFAULT_MAX_BYTES);
    }

    public ArticleLoader(long maxBytes) {
        this(maxBytes, DEFAULT_MAX_FILES);
    }

    public ArticleLoader(long maxBytes, int maxFiles) {
        this.maxBytes = maxBytes;
        this.maxFiles = maxFiles;
    }

    /** Files given directly are read whatever their name; folders contribute their article files. */
    public List<LoadResult> load(List<Path> inputs) {
        return load(inputs, Progress.NONE);
    }

    public List<LoadResult> load(List<Path> inputs, Progress progress) {
        List<LoadResult> results = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        List<Boolean> listed = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                List<Path> found = articleFiles(input, results);
                files.addAll(found);
                found.forEach(f -> listed.add(true));
            } else {
                files.add(input);
                listed.add(false);
            }
        }
        for (int i = 0; i < files.size(); i++) {
            progress.reading(files.get(i), i, files.size());
            results.add(listed.get(i) ? loadListed(files.get(i)) : loadFile(files.get(i)));
        }
        return results;
    }

    /**
     * The article files under a folder, sorted, recursively. What cannot be read is reported in
     * {@code failures}: symbolic link loops, unreadable folders, article-named entries that are no regular
     * file (pipes, devices, broken links), a folder without articles, and files past the limit.
     */
    public List<Path> articleFiles(Path folder, List<? super LoadResult.Failed> failures) {
        List<Path> files = new ArrayList<>();
        int[] skipped = {0};
        int failuresBefore = failures.size();
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), 32, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!isArticleName(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isSymbolicLink()) { // FOLLOW_LINKS reports the link itself when its target is gone
                        failures.add(new LoadResult.Failed(file, "a symbolic link to a file that does not exist; skipped"));
                    } else if (!attrs.isRegularFile()) {
                        failures.add(new LoadResult.Failed(file, SPECIAL_FILE + "; skipped"));
                    } else if (files.size() < maxFiles) {
                        files.add(file);
                    } else {
                        skipped[0]++;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    String why = e instanceof FileSystemLoopException ? "symbolic link loop, skipped"
                            : e instanceof AccessDeniedException ? "permission denied, skipped"
                            : "cannot be read (" + describe(e) + "), skipped";
                    failures.add(new LoadResult.Failed(file, why));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            failures.add(new LoadResult.Failed(folder, "folder cannot be read (" + describe(e) + ")"));
        }
        if (skipped[0] > 0) {
            failures.add(new LoadResult.Failed(folder, String.format(Locale.ROOT,
                    "holds more than %,d article files; %,d were left out (open a smaller folder)", maxFiles,
                    skipped[0])));
        } else if (files.isEmpty() && failures.size() == failuresBefore) {
            failures.add(new LoadResult.Failed(folder, "folder holds no .txt or .html files"));
        }
        files.sort(null);
        return files;
    }

    private static final String SPECIAL_FILE = "not a regular file (a pipe, socket or device); Parallax reads "
            + ".txt and .html files";

    static boolean isArticleName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || isHtmlName(name) || name.endsWith(".text");
    }

    private static boolean isHtmlName(String lowerName) {
        String n = lowerName.endsWith(".gz") ? lowerName.substring(0, lowerName.length() - 3) : lowerName;
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml") || n.endsWith(".shtml");
    }

    /** Reads a file the user named. */
    public LoadResult loadFile(Path file) {
        return read(file, false);
    }

    /**
     * Reads a file found in a folder listing: when it is gone by now, it was deleted or moved after the
     * folder was listed, and the message says so.
     */
    public LoadResult loadListed(Path file) {
        return read(file, true);
    }

    private LoadResult read(Path file, boolean listed) {
        try {
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(file, BasicFileAttributes.class);
            } catch (NoSuchFileException e) {
                return new LoadResult.Failed(file, listed ? VANISHED
                        : Files.isSymbolicLink(file) ? "a symbolic link to a file that does not exist"
                        : "no such file; check the name and the folder");
            }
            if (attrs.isDirectory()) {
                return new LoadResult.Failed(file, "a folder, not a file; open it as a folder");
            }
            if (!attrs.isRegularFile()) {
                return new LoadResult.Failed(file, SPECIAL_FILE);
            }
            if (attrs.size() > maxBytes) {
                return new LoadResult.Failed(file, String.format(Locale.ROOT,
                        "too large for an article (%.1f MB; the limit is %.0f MB, raise it with --max-size)",
                        attrs.size() / 1048576.0, maxBytes / 1048576.0));
            }
            byte[] bytes = readBytes(file);
            return fromBytes(file, bytes);
        } catch (TooLarge e) {
            return new LoadResult.Failed(file, e.getMessage());
        } catch (NoSuchFileException e) {
            return new LoadResult.Failed(file, VANISHED);
        } catch (AccessDeniedException e) {
            return new LoadResult.Failed(file, "permission denied; check that you may read it");
        } catch (IOException e) {
            return new LoadResult.Failed(file, "cannot be read (" + describe(e) + "); check the disk, or copy the "
                    + "file elsewhere and open the copy");
        }
    }

    private static final String VANISHED = "disappeared before it could be read (deleted or moved meanwhile); skipped";

    /** An I/O error in a few words: the operating system's message without the path it repeats. */
    private static String describe(IOException e) {
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        String msg = e.getMessage();
        return msg == null || msg.isBlank() ? e.getClass().getSimpleName() : msg;
    }

    /** Turns already-read bytes into an article; {@code name} decides between HTML and plain text. */
    public LoadResult fromBytes(Path name, byte[] bytes) {
        return fromBytes(name, null, bytes, null, null);
    }

    /**
     * Turns a web page's bytes into an article: {@code address} is the article's path and names it in
     * messages, {@code html} and {@code headerCharset} are what the server's Content-Type said (null when it
     * did not say); {@code file} is where the bytes are kept.
     */
    public LoadResult fromPage(Path file, String address, byte[] bytes, Boolean html, String headerCharset) {
        return fromBytes(file, address, bytes, html, headerCharset);
    }

    private LoadResult fromBytes(Path name, String address, byte[] bytes, Boolean htmlSaid, String headerCharset) {
        if (bytes.length == 0) {
            return new LoadResult.Failed(name, address == null ? "empty file (0 bytes): nothing to read"
                    : "empty page (0 bytes): nothing to read", address);
        }
        String binary = BinarySniffer.describe(bytes);
        if (binary != null) {
            return new LoadResult.Failed(name, "looks like " + binary
                    + ", not an article; Parallax reads plain text and saved HTML pages", address);
        }
        boolean html = htmlSaid != null ? htmlSaid : looksLikeHtml(name, bytes);
        Decoded decoded = CharsetDetection.decode(bytes, html, headerCharset);
        if (ArticleAssembler.isBlank(decoded.text())) {
            return new LoadResult.Failed(name, "holds only white space: nothing to read", address);
        }
        Extraction extraction = html
                ? htmlExtractor.extract(decoded.text(), null)
                : textExtractor.extract(decoded.text());
        Article article = ArticleAssembler.assemble(address != null ? address : name.toString(), extraction);
        if (article.text().isBlank()) {
            return new LoadResult.Failed(name, "no article text found" + (html ? " in the page" : ""), address);
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
                    throw new TooLarge(String.format(Locale.ROOT, "too large once decompressed (over %.0f MB; "
                            + "raise the limit with --max-size)", maxBytes / 1048576.0));
                }
            }
            return out.toByteArray();
        }
    }

    /** A compressed file that grows past the limit as it is unpacked (a "zip bomb" among others). */
    private static final class TooLarge extends IOException {
        TooLarge(String message) {
            super(message);
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
