/**
 * The platform: the embedded PostgreSQL, HTTP error handling, the OpenAPI description and the web shell
 * (layout, home page) that the other modules' pages sit in.
 */
@NullMarked
package org.interlink.platform;

import org.jspecify.annotations.NullMarked;
