package dev.parallax.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that readers only ever see the old content or the whole new content: the bytes go to
 * a hidden temporary file in the target's own folder (same file system, so the rename is atomic), are
 * flushed to disk, and the temporary file is then renamed over the target. Any failure, including an
 * exception thrown by the code producing the bytes, deletes the temporary file and leaves the target as it was.
 */
public final class AtomicWriter {
    /** Produces the file's content; may throw, in which case nothing is written. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicWriter() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    public static void write(Path target, Body body) throws IOException {
        Path file = target.toAbsolutePath().normalize();
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
