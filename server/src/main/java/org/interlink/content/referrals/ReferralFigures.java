package org.interlink.content.referrals;

import org.interlink.access.Viewer;
import org.interlink.common.HomeFigure;
import org.interlink.common.NavigationItem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The home page's overdue flag and the navigation entry of the content pages. */
@Configuration(proxyBeanMethods = false)
class ReferralFigures {

    /** Removal orders past their hour and not acted on, for the bureaus concerned: the sender and the addressee. */
    @Bean
    HomeFigure overdueRemovalOrders(ReferralDesk desk) {
        return new HomeFigure() {
            @Override
            public String label() {
                return "Overdue removal orders";
            }

            @Override
            public long value(Viewer viewer) {
                return desk.overdueFor(viewer);
            }

            @Override
            public @Nullable String path() {
                return "/content/referrals?overdue=true";
            }

            @Override
            public boolean flagged(long value) {
                return value > 0;
            }

            @Override
            public int order() {
                return 5;
            }
        };
    }

    @Bean
    NavigationItem contentNavigation() {
        return new NavigationItem("content", "Content", "/content/banks", 35);
    }
}
