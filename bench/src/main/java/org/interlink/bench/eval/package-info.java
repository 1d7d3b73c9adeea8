/** Accuracy evaluation of name matching across scripts, with baselines on the same data. */
@NullMarked
package org.interlink.bench.eval;

import org.jspecify.annotations.NullMarked;
