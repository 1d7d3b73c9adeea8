package org.interlink.members;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The member countries. The list changes only with a migration, so it is read once and kept in memory: validating a
 * country code is a map look-up on every request.
 */
@Service
public class Countries {

    private final Map<String, Country> byCode = new LinkedHashMap<>();
    private final Map<String, Country> byIcao = new LinkedHashMap<>();

    Countries(JdbcTemplate jdbc) {
        jdbc.query(
                        "SELECT code, alpha3, icao, name FROM countries ORDER BY code",
                        (rs, n) -> new Country(
                                rs.getString("code"),
                                rs.getString("alpha3"),
                                rs.getString("icao"),
                                rs.getString("name")))
                .forEach(country -> {
                    byCode.put(country.code(), country);
                    byIcao.put(country.icao(), country);
                });
    }

    public Collection<Country> all() {
        return byCode.values();
    }

    /** The member with this ISO alpha-2 code (any case), if it is one. */
    public Optional<Country> find(@Nullable String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.toUpperCase(Locale.ROOT)));
    }

    public boolean isMember(@Nullable String code) {
        return find(code).isPresent();
    }

    /** The member whose travel documents carry this ICAO 9303 code (e.g. {@code D}, {@code FRA}). */
    public Optional<Country> findByIcao(@Nullable String icao) {
        return icao == null ? Optional.empty() : Optional.ofNullable(byIcao.get(icao.toUpperCase(Locale.ROOT)));
    }
}
