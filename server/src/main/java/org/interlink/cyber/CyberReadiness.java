package org.interlink.cyber;

import org.interlink.common.IndexReadiness;
import org.springframework.stereotype.Component;

/**
 * Whether checks may be answered: not until the check index holds every stored indicator, so a value is never answered
 * NO_HIT by a node that had just restarted. Until then a check gets 503 with {@code Retry-After}.
 */
@Component
class CyberReadiness extends IndexReadiness {

    CyberReadiness() {
        super("Cyber checks are not ready yet: the indicators are being loaded after a start");
    }
}
