/**
 * Notices and diffusions: a bureau's request for help from the other members (Red, Yellow, Blue, Black, Green,
 * Orange, Purple, Silver, UN Security Council Special), the compliance gate, the General Secretariat's review,
 * publication, renewal, cancellation and expiry, the printable notice and the public extracts. Publishes {@link
 * org.interlink.notices.NoticePublished} and {@link org.interlink.notices.NoticeWithdrawn} for screening.
 */
@NullMarked
package org.interlink.notices;

import org.jspecify.annotations.NullMarked;
