package org.interlink.messaging;

import org.interlink.access.Viewer;
import org.interlink.common.HomeFigure;
import org.interlink.common.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Messages in the main navigation, and the bureau's unread messages on the home page. */
@Configuration(proxyBeanMethods = false)
class MessagingFigures {

    @Bean
    NavigationItem messagesNavigation() {
        return new NavigationItem("messages", "Messages", "/messages", 40);
    }

    @Bean
    HomeFigure unreadMessages(MessageRows rows) {
        return new HomeFigure() {
            public String label() {
                return "Unread messages for this bureau";
            }

            public String path() {
                return "/messages?unread=true";
            }

            public long value(Viewer viewer) {
                return rows.unread(viewer, Messages.UNREAD_CAP);
            }

            public int order() {
                return 400;
            }
        };
    }
}
