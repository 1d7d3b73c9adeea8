package org.interlink.notices;

import org.interlink.access.Viewer;
import org.interlink.common.HomeFigure;
import org.interlink.common.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The notices module's navigation entry and home-page figures. */
@Configuration(proxyBeanMethods = false)
class NoticeFigures {

    @Bean
    NavigationItem noticesNavigation() {
        return new NavigationItem("notices", "Notices", "/notices", 30);
    }

    @Bean
    HomeFigure noticesInCirculation(Notices notices) {
        return new HomeFigure() {
            public String label() {
                return "Notices in circulation you may see";
            }

            public String path() {
                return "/notices?status=PUBLISHED";
            }

            public long value(Viewer viewer) {
                return notices.count(viewer, Notice.Kind.NOTICE, NoticeStatus.PUBLISHED, null);
            }

            public int order() {
                return 300;
            }
        };
    }

    @Bean
    HomeFigure noticesAwaitingReview(Notices notices) {
        return new HomeFigure() {
            public String label() {
                return "Notice requests awaiting review";
            }

            public String path() {
                return "/notices?status=SUBMITTED";
            }

            public long value(Viewer viewer) {
                return notices.count(
                        viewer,
                        Notice.Kind.NOTICE,
                        NoticeStatus.SUBMITTED,
                        viewer.isGeneralSecretariat() ? null : viewer.bureau());
            }

            public int order() {
                return 310;
            }
        };
    }

    @Bean
    HomeFigure noticesToRenew(Notices notices) {
        return new HomeFigure() {
            public String label() {
                return "Notices of this bureau to renew (expire within 6 months)";
            }

            public long value(Viewer viewer) {
                return notices.countDueForRenewal(viewer.bureau());
            }

            public int order() {
                return 320;
            }
        };
    }
}
