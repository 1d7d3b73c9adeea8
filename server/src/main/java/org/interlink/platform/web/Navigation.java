package org.interlink.platform.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.interlink.common.NavigationItem;
import org.springframework.stereotype.Component;

/**
 * The main navigation: the modules that have pages, in their order, and the planned modules that do not yet, shown
 * disabled and marked "not yet available" so nobody mistakes them for working features.
 */
@Component("navigation")
public class Navigation {

    private static final List<NavigationItem> PLANNED = List.of(
            new NavigationItem("records", "Records", "/records", 10),
            new NavigationItem("screening", "Screening", "/screening", 20),
            new NavigationItem("notices", "Notices", "/notices", 30),
            new NavigationItem("messages", "Messages", "/messages", 40));

    private final List<Entry> items;

    Navigation(List<NavigationItem> contributed) {
        Map<String, NavigationItem> available =
                contributed.stream().collect(Collectors.toMap(NavigationItem::key, Function.identity()));
        List<Entry> entries = new ArrayList<>();
        contributed.forEach(item -> entries.add(new Entry(item, true)));
        PLANNED.stream()
                .filter(item -> !available.containsKey(item.key()))
                .forEach(item -> entries.add(new Entry(item, false)));
        entries.sort(Comparator.comparingInt(e -> e.item().order()));
        this.items = List.copyOf(entries);
    }

    /** Public: templates call it. */
    public List<Entry> items() {
        return items;
    }

    public record Entry(NavigationItem item, boolean available) {
        public String key() {
            return item.key();
        }

        public String label() {
            return item.label();
        }

        public String path() {
            return item.path();
        }
    }
}
