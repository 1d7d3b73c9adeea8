package org.interlink.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The id → handle table agrees with a {@link HashMap} over random adds and removes, through growth and collisions. */
class HandleTableTest {

    @Property(tries = 200)
    void agreesWithAHashMap(@ForAll @Size(max = 400) List<@IntRange(min = 0, max = 120) Integer> operations) {
        List<String> ids = new ArrayList<>();
        HandleTable table = new HandleTable(4, ids::get);
        Map<String, Integer> model = new HashMap<>();
        for (int operation : operations) {
            // Few distinct ids, so the same id is added, removed and added again; "Aa" and "BB" share a hash code.
            String id = (operation % 2 == 0 ? "Aa" : "BB") + (operation / 2);
            if (model.containsKey(id)) {
                assertThat(table.remove(id)).isEqualTo(model.remove(id));
            } else {
                ids.add(id);
                table.add(id, ids.size() - 1);
                model.put(id, ids.size() - 1);
            }
            assertThat(table.size()).isEqualTo(model.size());
        }
        for (int operation = 0; operation <= 120; operation++) {
            String id = (operation % 2 == 0 ? "Aa" : "BB") + (operation / 2);
            assertThat(table.get(id)).isEqualTo(model.getOrDefault(id, -1));
        }
    }

    @Test
    void missingIdsAnswerMinusOne() {
        List<String> ids = new ArrayList<>(List.of("a", "b"));
        HandleTable table = new HandleTable(1, ids::get);
        table.add("a", 0);
        table.add("b", 1);
        assertThat(table.get("c")).isEqualTo(-1);
        assertThat(table.remove("c")).isEqualTo(-1);
        assertThat(table.remove("a")).isZero();
        assertThat(table.get("a")).isEqualTo(-1);
        assertThat(table.get("b")).isEqualTo(1);
    }
}
