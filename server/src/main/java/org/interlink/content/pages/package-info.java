/**
 * The hash-bank pages: the banks a viewer may see, a new bank, a bank's entries (added by upload or by a pasted hash,
 * disabled and re-enabled), and a lookup by upload whose matches lead to a referral.
 */
@NullMarked
package org.interlink.content.pages;

import org.jspecify.annotations.NullMarked;
