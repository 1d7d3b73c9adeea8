package org.interlink.audit;

/**
 * A party that keeps the checkpoints it is given, outside the database, so that a log rolled back or rewritten after a
 * checkpoint no longer matches what the witness holds.
 */
public interface Witness {

    /** Keeps the checkpoint. Called after it was committed, in order of size. */
    void witness(Checkpoint checkpoint);
}
