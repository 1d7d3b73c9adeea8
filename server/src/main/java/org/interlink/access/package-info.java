/**
 * The one access-policy engine: whether a {@link Viewer} may see an item, given its owner and {@link Restriction}.
 * Every read path asks it; a denied item is answered exactly as a missing one.
 */
@NullMarked
package org.interlink.access;

import org.jspecify.annotations.NullMarked;
