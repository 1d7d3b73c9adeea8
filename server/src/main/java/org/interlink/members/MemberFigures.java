package org.interlink.members;

import org.interlink.access.Viewer;
import org.interlink.common.HomeFigure;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The home page's figures about the bureau's own people and systems. */
@Configuration(proxyBeanMethods = false)
class MemberFigures {

    @Bean
    HomeFigure bureauUsers(AccountRows rows) {
        return new HomeFigure() {
            public String label() {
                return "People of this bureau";
            }

            public long value(Viewer viewer) {
                return rows.countUsers(viewer.bureau());
            }

            public int order() {
                return 900;
            }
        };
    }

    @Bean
    HomeFigure bureauClients(AccountRows rows) {
        return new HomeFigure() {
            public String label() {
                return "National systems (API clients) of this bureau";
            }

            public long value(Viewer viewer) {
                return rows.clients(viewer.bureau()).size();
            }

            public int order() {
                return 910;
            }
        };
    }
}
