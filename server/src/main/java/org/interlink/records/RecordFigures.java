package org.interlink.records;

import org.interlink.access.Viewer;
import org.interlink.common.HomeFigure;
import org.interlink.common.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The records entry in the navigation and the home page's figures: only what the viewer may see is counted. */
@Configuration(proxyBeanMethods = false)
class RecordFigures {

    @Bean
    NavigationItem recordsNavigation() {
        return new NavigationItem("records", "Records", "/records", 10);
    }

    @Bean
    HomeFigure visiblePersons(Records records) {
        return figure(records, RecordKind.PERSON, "Persons you may see", 10);
    }

    @Bean
    HomeFigure visibleDocuments(Records records) {
        return figure(records, RecordKind.DOCUMENT, "Travel documents you may see", 11);
    }

    @Bean
    HomeFigure reviewDue(Records records) {
        return new HomeFigure() {
            public String label() {
                return "Your records due for review";
            }

            public String path() {
                return "/records/review";
            }

            public long value(Viewer viewer) {
                long due = 0;
                for (RecordKind kind : RecordKind.values()) {
                    due += records.count(viewer, new RecordFilter(kind, null, null, null, null, null, true, true));
                }
                return due;
            }

            public int order() {
                return 15;
            }
        };
    }

    private static HomeFigure figure(Records records, RecordKind kind, String label, int order) {
        return new HomeFigure() {
            public String label() {
                return label;
            }

            public long value(Viewer viewer) {
                return records.count(viewer, RecordFilter.all(kind));
            }

            public String path() {
                return "/records?kind=" + kind.collection();
            }

            public int order() {
                return order;
            }
        };
    }
}
