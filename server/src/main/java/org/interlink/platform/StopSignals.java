package org.interlink.platform;

import sun.misc.Signal;

/**
 * Makes a stop by signal a normal, successful exit. Ctrl-C (SIGINT) and {@code kill}, a service manager or an IDE's
 * stop button (SIGTERM) are how an operator stops the server; the JVM would exit with 130 or 143 after closing the
 * application gracefully, and {@code spring-boot:run} reports 143 as {@code BUILD FAILURE} (a service manager counts
 * it as a failure too). Here the signal starts the same orderly shutdown through {@link System#exit}, whose shutdown
 * hooks close the application (requests in flight finish, the embedded PostgreSQL stops), and the status is 0.
 */
public final class StopSignals {

    private StopSignals() {}

    /** Installs the handlers; call first thing in {@code main}. */
    public static void exitNormallyOnStop() {
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                Signal.handle(new Signal(name), signal -> System.exit(0));
            } catch (IllegalArgumentException e) {
                // The signal is not available here (-Xrs, or a platform without it): keep the JVM's own handling.
            }
        }
    }
}
