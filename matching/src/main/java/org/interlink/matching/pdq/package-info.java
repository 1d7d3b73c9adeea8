/**
 * PDQ perceptual image hashes: decoding an upload, hashing it as Meta's reference does, and an exact index that finds
 * every stored hash within a Hamming radius.
 */
@NullMarked
package org.interlink.matching.pdq;

import org.jspecify.annotations.NullMarked;
