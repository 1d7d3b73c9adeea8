/**
 * The append-only, hash-chained log of every processing operation, written in the same transaction as the operation,
 * and its verifier.
 */
@NullMarked
package org.interlink.audit;

import org.jspecify.annotations.NullMarked;
