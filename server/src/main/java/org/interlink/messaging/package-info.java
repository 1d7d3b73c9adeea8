/**
 * Secure messages between bureaus: sending to one, several or all bureaus (and the General Secretariat), replies in
 * threads, forwarding, encrypted attachments checked by their bytes, read receipts and idempotent sending. A message
 * is visible only to its sender bureau, its recipient bureaus and the General Secretariat.
 */
@NullMarked
package org.interlink.messaging;

import org.jspecify.annotations.NullMarked;
