package org.interlink.audit;

import java.util.Arrays;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command-line verifier: {@code java -jar interlink-server.jar verify-audit [--spring.datasource.url=…]}. Prints
 * the verdict and exits 0 when the chain is intact, 1 when it is broken, 2 when it could not be read.
 *
 * <p>The database's log is checked against the newest signed checkpoint in the witness file ({@code
 * interlink.audit.witness-file}) with the public key beside {@code interlink.audit.signing-key}.
 *
 * <p>Offline, with no database: {@code verify-audit --proof=PROOF.json --public-key=KEY.pub [--checkpoint=C.json]}
 * checks an inclusion proof as answered by {@code GET /api/v1/audit/entries/{seq}/proof}: the checkpoint's signature,
 * the entry's hash and its audit path to the checkpoint's root; with {@code --checkpoint} (e.g. a line of a witness
 * file, or {@code GET /api/v1/audit/checkpoints/latest}) the proof must be against that very checkpoint.
 *
 * <p>Without a datasource URL it opens the embedded database under {@code interlink.data-dir}, which must not be in
 * use by a running platform; against a running platform, pass its database URL (the embedded one listens on {@code
 * jdbc:postgresql://localhost:54320/postgres}, user {@code postgres}) or call {@code GET /api/v1/audit/verify}.
 */
public final class AuditCommandLine {

    public static final String COMMAND = "verify-audit";

    static final String PROOF = "--proof=";

    private AuditCommandLine() {}

    public static boolean isRequested(String[] args) {
        return args.length > 0 && COMMAND.equals(args[0]);
    }

    public static int run(Class<?> application, String[] args) {
        if (Arrays.stream(args).anyMatch(arg -> arg.startsWith(PROOF))) {
            return ProofCommand.run(args);
        }
        SpringApplication app = new SpringApplication(application);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setDefaultProperties(Map.of(
                "interlink.demo.enabled", "false",
                "interlink.scheduling.enabled", "false",
                "spring.modulith.events.republish-outstanding-events-on-restart", "false",
                "spring.main.banner-mode", "off",
                "logging.level.root", "warn"));
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try (ConfigurableApplicationContext context = app.run(rest)) {
            AuditVerification verdict = context.getBean(AuditVerifier.class).verify();
            if (verdict.valid()) {
                System.out.println("audit log valid: " + verdict.entries() + " entries");
                return 0;
            }
            System.out.println("audit log INVALID: first invalid entry " + verdict.firstInvalid() + " — "
                    + verdict.problem() + " (" + verdict.entries() + " entries read)");
            return 1;
        } catch (RuntimeException e) {
            System.err.println("audit log could not be verified: " + e.getMessage());
            return 2;
        }
    }
}
