package org.interlink;

import org.interlink.audit.AuditCommandLine;
import org.interlink.platform.StopSignals;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** Interlink: the open platform for international police cooperation. */
@Modulithic(sharedModules = "common")
@SpringBootApplication
public class Interlink {

    public static void main(String[] args) {
        if (AuditCommandLine.isRequested(args)) {
            System.exit(AuditCommandLine.run(Interlink.class, args));
        }
        StopSignals.exitNormallyOnStop();
        SpringApplication.run(Interlink.class, args);
    }
}
