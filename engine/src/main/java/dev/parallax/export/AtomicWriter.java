package dev.parallax.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes an export where the user asked. A regular file (or a link to one) gets its content atomically:
 * readers only ever see the old content or the whole new content, because the bytes go to a hidden
 * temporary file in the target's own folder (same file system, so the rename is atomic), are flushed to
 * disk, and the temporary file is then renamed over the target. A symbolic link is followed and its target
 * replaced, so the link stays a link. A pipe (FIFO), a character device ({@code /dev/null}, a terminal) or
 * standard output named through {@code /dev/stdout} or {@code /dev/fd/N} is written straight through:
 * renaming a file over those would replace the device, not write to it. A folder, a disk device or a
 * socket is refused. Any failure, including an exception thrown by the code producing the bytes, deletes
 * the temporary file and leaves the target as it was; every message names the file.
 */
public final class AtomicWriter {
    /** Produces the file's content; may throw, in which case nothing is written. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final int S_IFMT = 0170000;
    private static final int S_IFIFO = 0010000;
    private static final int S_IFCHR = 0020000;
    private static final int S_IFBLK = 0060000;
    private static final int S_IFSOCK = 0140000;

    private AtomicWriter() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    public static void write(Path target, Body body) throws IOException {
        try {
            Path file = where(target);
            if (file == null) {
                stream(target, body);
            } else {
                replace(file, target, body);
            }
        } catch (IOException e) {
            throw described(target, e);
        }
    }

    /**
     * Where a regular file's new content goes: the target itself, or the end of its chain of links (which
     * may not exist yet); null when the target is to be written straight through (a pipe, a device, a
     * descriptor of this process). Throws for what cannot be written at all.
     */
    private static Path where(Path target) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class); // follows links
        } catch (NoSuchFileException e) {
            return linkEnd(file); // nothing there yet (or a link to nothing): created where the chain ends
        } catch (AccessDeniedException e) {
            throw e;
        } catch (FileSystemException e) {
            return linkEnd(file); // a loop, or a file where a folder should be: said below in words
        }
        if (attrs.isDirectory()) {
            throw new IOException("Cannot write " + target + ": a folder of that name is in the way; name a file instead");
        }
        if (!attrs.isRegularFile()) {
            int type = mode(file) & S_IFMT;
            if (type == S_IFIFO || type == S_IFCHR) {
                return null;
            }
            throw new IOException("Cannot write " + target + ": " + (type == S_IFBLK ? "it is a disk device"
                    : type == S_IFSOCK ? "it is a socket" : "it is not a regular file") + "; name a file instead");
        }
        if (throughProc(file)) {
            return null; // e.g. /dev/stdout redirected to a file: the shell's open file is the one to write
        }
        return file.toRealPath();
    }

    /**
     * The file a write to {@code target} lands in, links followed (also to a file that does not exist yet),
     * so two names of one file compare equal; the path itself when it cannot be told.
     */
    public static Path destination(Path target) {
        Path abs = target.toAbsolutePath().normalize();
        try {
            Path end = linkEnd(abs);
            Path parent = end.getParent();
            return parent == null ? end : parent.toRealPath().resolve(end.getFileName());
        } catch (IOException | RuntimeException e) {
            return abs;
        }
    }

    /** The last path of a chain of symbolic links, the path itself when it is none. */
    private static Path linkEnd(Path file) throws IOException {
        Path at = file;
        for (int hops = 0; Files.isSymbolicLink(at); hops++) {
            if (hops > 40) {
                throw new IOException("symbolic link loop");
            }
            Path parent = at.getParent();
            at = parent.resolve(Files.readSymbolicLink(at)).normalize();
        }
        return at;
    }

    /** True when the path is reached through /proc (a process's open descriptors: /dev/stdout, /dev/fd/1). */
    private static boolean throughProc(Path file) throws IOException {
        Path at = file;
        for (int hops = 0; hops <= 40; hops++) {
            Path parent = at.getParent();
            if (at.startsWith("/proc") || (parent != null && parent.toRealPath().startsWith("/proc"))) {
                return true;
            }
            if (!Files.isSymbolicLink(at)) {
                return false;
            }
            at = parent.resolve(Files.readSymbolicLink(at)).normalize();
        }
        return false;
    }

    private static int mode(Path file) {
        try {
            return (Integer) Files.getAttribute(file, "unix:mode");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return 0;
        }
    }

    /** Straight into a pipe or a device: nothing to rename, the reader takes the bytes as they come. */
    private static void stream(Path target, Body body) throws IOException {
        try (OutputStream raw = Files.newOutputStream(target, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream out = new BufferedOutputStream(raw, 64 * 1024);
            body.writeTo(out);
            out.flush();
        }
    }

    private static void replace(Path file, Path target, Body body) throws IOException {
        Path folder = file.getParent();
        if (folder == null) {
            throw new IOException("Cannot write " + target + ": it names no file");
        }
        if (!Files.exists(folder)) {
            throw new IOException("Cannot write " + target + ": the folder " + folder + " does not exist");
        }
        if (!Files.isDirectory(folder)) {
            throw new IOException("Cannot write " + target + ": " + folder + " is not a folder");
        }
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("Cannot write " + target + ": a folder of that name is in the way");
        }
        Path temp = createTemp(folder, file.getFileName().toString(), target);
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
                body.writeTo(out);
                out.flush();
                channel.force(true);
            }
            keepPermissions(file, temp);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } catch (AccessDeniedException e) {
            throw new IOException("Cannot write " + target + ": permission denied");
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** The failure as one line naming the file, in words (no exception class, no errno spelling). */
    static IOException described(Path target, IOException e) {
        String msg = e.getMessage() == null ? "" : e.getMessage();
        if (msg.startsWith("Cannot write ")) {
            return e;
        }
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : msg;
        String lower = reason.toLowerCase(Locale.ROOT);
        String words;
        if (lower.contains("no space left")) {
            words = "no space left on device; free some space or write elsewhere";
        } else if (lower.contains("quota")) {
            words = "the disk quota is exceeded; free some space or write elsewhere";
        } else if (lower.contains("read-only file system")) {
            words = "the disk is read-only; write elsewhere";
        } else if (e instanceof AccessDeniedException || lower.contains("permission denied")) {
            words = "permission denied";
        } else if (lower.contains("broken pipe")) {
            words = "the reader closed the pipe before the export was written";
        } else if (lower.contains("symbolic link loop") || lower.contains("too many levels of symbolic links")) {
            words = "symbolic link loop";
        } else if (lower.contains("no such device") || lower.contains("no such device or address")) {
            words = "nothing is reading that device";
        } else {
            words = reason.isBlank() ? "the system refused the write" : reason;
        }
        return new IOException("Cannot write " + target + ": " + words); // no cause: the words say it all
    }

    /** A new empty file beside the target; created with the default permissions (unlike createTempFile's 0600). */
    private static Path createTemp(Path folder, String name, Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            String suffix = Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffffL);
            Path temp = folder.resolve("." + name + "." + suffix + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 10) {
                    throw e;
                }
            } catch (AccessDeniedException e) {
                throw new IOException("Cannot write " + target + ": the folder " + folder + " is not writable");
            }
        }
    }

    /** Replacing a file should not change who may read it. */
    private static void keepPermissions(Path existing, Path temp) {
        try {
            if (Files.isRegularFile(existing)) {
                PosixFileAttributeView view = Files.getFileAttributeView(existing, PosixFileAttributeView.class);
                if (view != null) {
                    Files.setPosixFilePermissions(temp, view.readAttributes().permissions());
                }
            }
        } catch (IOException | UnsupportedOperationException e) {
            // best effort: the default permissions are still sane
        }
    }
}
