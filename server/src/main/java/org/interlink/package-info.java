/** Interlink's application root: one sub-package per application module. */
@NullMarked
package org.interlink;

import org.jspecify.annotations.NullMarked;
