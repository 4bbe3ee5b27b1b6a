package dev.parallax.ingest.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.parallax.platform.UserFolders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The snapshots of fetched pages, in the user's library beside the index: the bytes content-addressed by
 * SHA-256 ({@code blobs/ab/abcd...}, written once, never changed), and one JSON manifest per address
 * ({@code pages/SHA-256-OF-ADDRESS.json}) listing its versions, oldest first. Every file is written to a
 * temporary file and renamed into place, and the bytes before the manifest naming them, so a crash
 * leaves the old state or the new one, never half of one.
 */
public final class SnapshotStore {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** What a manifest holds: the address and its versions, oldest first. */
    record Manifest(String url, List<Snapshot> versions) {
    }

    /** The snapshot a fetch is cited by, and whether it is a new version (false: the text had not changed). */
    public record Kept(Snapshot snapshot, boolean added, int number) {
    }

    private final Path root;

    public SnapshotStore(Path root) {
        this.root = root;
    }

    /** $XDG_DATA_HOME/parallax/snapshots (else ~/.local/share/parallax/snapshots), beside the index. */
    public static Path defaultLocation() {
        return UserFolders.current().data().resolve("snapshots");
    }

    public Path root() {
        return root;
    }

    public Path blob(String sha256) {
        return root.resolve("blobs").resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    private Path manifest(String url) {
        return root.resolve("pages").resolve(sha256(url.getBytes(StandardCharsets.UTF_8)) + ".json");
    }

    /** The versions kept of an address, oldest first (empty when it was never fetched). */
    public List<Snapshot> versions(String url) throws IOException {
        try {
            return List.copyOf(JSON.readValue(Files.readAllBytes(manifest(url)), Manifest.class).versions());
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IOException("the list of snapshots of this address is damaged (" + manifest(url) + ")");
        }
    }

    /**
     * Keeps a fetched page: a new version when its article text differs from the latest version's, else
     * the latest version is cited and nothing is written.
     */
    public synchronized Kept keep(String url, Snapshot fetched, byte[] bytes) throws IOException {
        List<Snapshot> versions = new ArrayList<>(versions(url));
        if (!versions.isEmpty() && versions.getLast().textSha256().equals(fetched.textSha256())
                && Files.isRegularFile(blob(versions.getLast().sha256()))) {
            return new Kept(versions.getLast(), false, versions.size());
        }
        Path blob = blob(fetched.sha256());
        if (!Files.isRegularFile(blob)) {
            writeAtomically(blob, bytes);
        }
        versions.add(fetched);
        writeAtomically(manifest(url), JSON.writeValueAsBytes(new Manifest(url, versions)));
        return new Kept(fetched, true, versions.size());
    }

    /** A snapshot's bytes, checked against their hash (a damaged snapshot is never read as the page). */
    public byte[] read(Snapshot s) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(blob(s.sha256()));
        } catch (NoSuchFileException e) {
            throw new IOException("the snapshot of " + s.fetchedAt() + " is missing from " + root);
        }
        if (!sha256(bytes).equals(s.sha256())) {
            throw new IOException("the snapshot of " + s.fetchedAt() + " is damaged (its SHA-256 does not match)");
        }
        return bytes;
    }

    private static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JDK has SHA-256
        }
    }
}
