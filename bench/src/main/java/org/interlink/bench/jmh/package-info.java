/** JMH benchmarks of the matching library, each with a baseline beside the candidate. */
@NullMarked
package org.interlink.bench.jmh;

import org.jspecify.annotations.NullMarked;
