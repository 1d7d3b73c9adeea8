package org.interlink.platform.web;

import io.swagger.v3.oas.annotations.Hidden;
import org.interlink.common.NotFoundException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any {@code /api/**} path no controller serves: answered 404 as problem+json like every API error (without it, Spring
 * would answer through the HTML error page). Explicit mappings always win over this pattern.
 */
@Hidden
@RestController
class ApiFallbackController {

    @RequestMapping("/api/**")
    void none() {
        throw new NotFoundException("path", "");
    }
}
