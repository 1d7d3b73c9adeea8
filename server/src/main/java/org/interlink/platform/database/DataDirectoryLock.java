package org.interlink.platform.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on the data directory, held for as long as this process runs the embedded database. The operating
 * system releases it when the process dies, even by {@code kill -9}: so a postmaster found running while we hold the
 * lock was left behind by a dead process, and may be stopped; and two processes never share one data directory.
 */
final class DataDirectoryLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataDirectoryLock acquire(Path directory) throws IOException {
        FileChannel channel = FileChannel.open(
                directory.resolve("interlink.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this very process, e.g. a second application context
        }
        if (lock == null) {
            channel.close();
            throw new IllegalStateException("The data directory " + directory
                    + " is in use by another running Interlink; stop it or choose another --interlink.data-dir");
        }
        return new DataDirectoryLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
