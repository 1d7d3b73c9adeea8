/** The content module's REST API: banks, entries, lookups and the HMA-compatible {@code /m/lookup}. */
@NullMarked
package org.interlink.content.web;

import org.jspecify.annotations.NullMarked;
