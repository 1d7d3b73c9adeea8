/** The matching library's API: normalise, transliterate and compare names; parse MRZs; index and look up records. */
@NullMarked
package org.interlink.matching;

import org.jspecify.annotations.NullMarked;
