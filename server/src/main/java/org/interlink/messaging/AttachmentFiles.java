package org.interlink.messaging;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.interlink.common.NoExternalDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.context.WebApplicationContext;

/**
 * The directory that holds attachment ciphertext, one file per blob: {@code interlink.messaging.attachments.dir},
 * by default {@code DATA_DIR/attachments} with the embedded database. A cluster must point every node at the same
 * shared file system; with an external database the directory must therefore be configured (Interlink refuses to
 * start otherwise, as for the key), so that nodes never silently keep content the others cannot read.
 *
 * <p>A blob {@code 3f2a…} is the file {@code 3f/3f2a…} (256 subdirectories, so no directory grows past a few thousand
 * entries per million attachments). Files are written once, never changed, and made durable before the database
 * refers to them: {@link #write} fsyncs the file and then its directory (a new name is only durable once the directory
 * is), and a new subdirectory is fsynced into the root before any file in it counts as written.
 */
@Component
class AttachmentFiles {

    static final String PROPERTY = "interlink.messaging.attachments.dir";
    private static final Pattern NAME =
            Pattern.compile("[0-9a-f]{2}/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final Path root;
    private final Set<Path> durableDirectories = ConcurrentHashMap.newKeySet();

    @Autowired
    AttachmentFiles(Environment environment, ApplicationContext context) {
        this(resolve(environment, context));
    }

    AttachmentFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    private static Path resolve(Environment environment, ApplicationContext context) {
        String configured = environment.getProperty(PROPERTY, "");
        if (!configured.isBlank()) {
            return Path.of(configured.trim());
        }
        if (!NoExternalDatabase.isEmbedded(environment) && context instanceof WebApplicationContext) {
            throw new IllegalStateException(PROPERTY + " must be set when an external database is used: attachment"
                    + " content is kept in files there, and every node must see the same directory (a shared file"
                    + " system)");
        }
        return Path.of(environment.getProperty("interlink.data-dir", "./data"), "attachments");
    }

    Path root() {
        return root;
    }

    /** The file name of a blob, relative to the root: what the database row stores. */
    static String name(UUID blob) {
        String id = blob.toString();
        return id.substring(0, 2) + "/" + id;
    }

    /** The file of a stored name; refuses anything that is not a name this class made (no path from a row escapes). */
    Path path(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalStateException("not an attachment file name: " + name);
        }
        return root.resolve(name);
    }

    /** Something that writes a file's content into a channel. */
    interface Writer {
        void writeTo(FileChannel channel) throws IOException;
    }

    /**
     * Creates the file (it must not exist), writes it, and makes content and name durable: fsync of the file, then of
     * its directory. On failure the file is removed and the exception thrown.
     */
    void write(String name, Writer writer) throws IOException {
        Path file = path(name);
        Path directory = file.getParent();
        ensureDirectory(directory);
        boolean written = false;
        try (FileChannel channel = FileChannel.open(
                file,
                Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))) {
            writer.writeTo(channel);
            channel.force(true);
            written = true;
        } finally {
            if (!written) {
                Files.deleteIfExists(file);
            }
        }
        fsync(directory);
    }

    /** Opens a stored file for reading. */
    FileChannel open(String name) throws IOException {
        return FileChannel.open(path(name), StandardOpenOption.READ);
    }

    /** Deletes a file; a missing one is fine (a send that failed before writing it, or an earlier sweep). */
    void delete(String name) throws IOException {
        Files.deleteIfExists(path(name));
    }

    private void ensureDirectory(Path directory) throws IOException {
        if (durableDirectories.contains(directory)) {
            return;
        }
        if (!Files.isDirectory(root)) {
            Files.createDirectories(root);
            if (root.getParent() != null) {
                fsync(root.getParent());
            }
        }
        Files.createDirectories(directory);
        fsync(root);
        durableDirectories.add(directory);
    }

    private static void fsync(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    /** Reads exactly {@code buffer.remaining()} bytes from {@code position}, or fewer at the end of the file. */
    static int readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        int read = 0;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, position + read);
            if (n < 0) {
                break;
            }
            read += n;
        }
        return read;
    }
}
