package org.interlink.federation;

import org.apache.kafka.clients.consumer.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The one daemon thread that polls a Kafka consumer for its owner (a node's mirror, the centre's node reports): started
 * once, and stopped by clearing {@link #running()}, waking the consumer out of its poll and waiting for the thread (10
 * seconds at most). The owner's loop creates its consumer, registers it with {@link #polling} so that a stop can wake
 * it, and polls while {@link #running()}.
 */
final class ConsumerThread {

    private final String name;
    private volatile boolean running;
    private volatile @Nullable Consumer<String, byte[]> consumer;
    private @Nullable Thread thread;

    ConsumerThread(String name) {
        this.name = name;
    }

    /** Runs the loop on a new daemon thread, unless one is running. */
    synchronized void start(Runnable loop) {
        if (running) {
            return;
        }
        running = true;
        Thread t = new Thread(loop, name);
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    synchronized void stop() {
        running = false;
        Consumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        Thread t = thread;
        if (t != null) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        thread = null;
    }

    /** Whether the loop should go on polling. */
    boolean running() {
        return running;
    }

    /** Whether the loop should go on and its thread is alive. */
    boolean alive() {
        Thread t = thread;
        return running && t != null && t.isAlive();
    }

    /** The consumer the loop polls (null when it closed it), which {@link #stop()} wakes up. */
    void polling(@Nullable Consumer<String, byte[]> c) {
        consumer = c;
    }

    /** Ends the loop from within (interrupted). */
    void halt() {
        running = false;
    }
}
