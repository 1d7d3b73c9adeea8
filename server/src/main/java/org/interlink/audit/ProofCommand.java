package org.interlink.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Optional;
import tools.jackson.core.JacksonException;

/**
 * {@code verify-audit --proof=… --public-key=… [--checkpoint=…]}: checks an exported inclusion proof with no database
 * and no application context. Exits 0 when it proves its entry, 1 when it does not, 2 when the files cannot be read.
 */
final class ProofCommand {

    private ProofCommand() {}

    static int run(String[] args) {
        Optional<String> proofFile = option(args, AuditCommandLine.PROOF);
        Optional<String> keyFile = option(args, "--public-key=");
        Optional<String> checkpointFile = option(args, "--checkpoint=");
        if (proofFile.isEmpty() || keyFile.isEmpty()) {
            System.err.println("usage: verify-audit --proof=PROOF.json --public-key=KEY.pub [--checkpoint=C.json]");
            return 2;
        }
        InclusionProof proof;
        PublicKey key;
        Optional<Checkpoint> trusted;
        try {
            proof = WitnessFile.JSON.readValue(Files.readString(Path.of(proofFile.get())), InclusionProof.class);
            key = KeyFileSigner.readPublicKey(Path.of(keyFile.get()));
            trusted = checkpointFile.isEmpty()
                    ? Optional.empty()
                    : Optional.of(WitnessFile.JSON.readValue(
                            Files.readString(Path.of(checkpointFile.get())).strip(), Checkpoint.class));
        } catch (IOException | GeneralSecurityException | JacksonException | IllegalArgumentException e) {
            System.err.println("proof could not be read: " + e.getMessage());
            return 2;
        }
        Optional<String> problem = proof.problem(key);
        if (problem.isEmpty() && trusted.isPresent() && !sameTree(trusted.get(), proof.checkpoint())) {
            problem = Optional.of("the proof is against another checkpoint than the one given");
        }
        if (problem.isPresent()) {
            System.out.println("proof INVALID: " + problem.get());
            return 1;
        }
        System.out.println("proof valid: entry " + proof.entry().seq() + " is in the log "
                + proof.checkpoint().log() + " of " + proof.checkpoint().size() + " entries signed at "
                + proof.checkpoint().time());
        return 0;
    }

    private static boolean sameTree(Checkpoint a, Checkpoint b) {
        return a.log().equals(b.log()) && a.size() == b.size() && a.root().equals(b.root());
    }

    private static Optional<String> option(String[] args, String prefix) {
        return Arrays.stream(args)
                .filter(arg -> arg.startsWith(prefix))
                .map(arg -> arg.substring(prefix.length()))
                .findFirst();
    }
}
