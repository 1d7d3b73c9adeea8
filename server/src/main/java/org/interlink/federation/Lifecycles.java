package org.interlink.federation;

import java.util.function.BooleanSupplier;
import org.springframework.context.SmartLifecycle;

/** The background loops of federation run from the application's start until before its database closes. */
final class Lifecycles {

    private Lifecycles() {}

    static SmartLifecycle of(Runnable start, Runnable stop, BooleanSupplier running) {
        return new SmartLifecycle() {
            @Override
            public void start() {
                start.run();
            }

            @Override
            public void stop() {
                stop.run();
            }

            @Override
            public boolean isRunning() {
                return running.getAsBoolean();
            }
        };
    }
}
