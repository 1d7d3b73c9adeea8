package org.interlink.screening;

import org.interlink.access.Viewer;
import org.interlink.common.HomeFigure;
import org.interlink.common.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Screening's places in the navigation and on the home page. */
@Configuration(proxyBeanMethods = false)
class ScreeningPages {

    @Bean
    NavigationItem screeningNavigation() {
        return new NavigationItem("screening", "Border console", "/screening", 20);
    }

    @Bean
    NavigationItem hitsNavigation() {
        return new NavigationItem("hits", "Hits", "/hits", 25);
    }

    @Bean
    HomeFigure openHits(HitRows rows) {
        return new HomeFigure() {
            public String label() {
                return "Open hits on this bureau's records";
            }

            public String path() {
                return "/hits";
            }

            public long value(Viewer viewer) {
                return rows.countOpenFor(viewer.bureau());
            }

            public int order() {
                return 20;
            }
        };
    }
}
