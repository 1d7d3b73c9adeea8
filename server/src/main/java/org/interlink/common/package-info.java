/**
 * Shared kernel used by every module: the errors an API call can answer with ({@link InvalidInputException},
 * {@link NotFoundException}) and cursor pages.
 */
@NullMarked
package org.interlink.common;

import org.jspecify.annotations.NullMarked;
