/**
 * Hash banks of terrorist and violent extremist content: banks of PDQ, MD5, SHA-256 and URL entries under the access
 * policy, in-memory indexes kept current from commits, lookups (single, batches of 10,000, files, and the
 * HMA-compatible {@code /m/lookup}) whose matches are hits with screening's workflow.
 *
 * <p>The public API for other modules and pages: {@link ContentBanks} (banks and entries a viewer may see, add,
 * disable) and {@link Lookups} (look up a file or signals).
 */
@NullMarked
package org.interlink.content;

import org.jspecify.annotations.NullMarked;
