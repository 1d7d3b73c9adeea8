package org.interlink.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.interlink.common.NoExternalDatabase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Runs the real PostgreSQL server shipped in the zonky binaries when no external database is configured
 * ({@code spring.datasource.url} unset), keeping its files under {@code interlink.data-dir}/postgres between runs.
 * Spring closes the connection pool first, then the server (zonky's own shutdown hook is off: it would stop the
 * server while Spring is still closing).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(
            @Value("${interlink.data-dir}") String dataDir, @Value("${interlink.database.port:0}") int port)
            throws IOException {
        return EmbeddedDatabase.start(Path.of(dataDir).toAbsolutePath().normalize(), port);
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedDatabase database, @Value("${interlink.database.pool-size:20}") int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.jdbcUrl());
        config.setUsername("postgres");
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("interlink");
        // A JDBC batch of inserts becomes multi-row INSERTs: PostgreSQL executes one statement per up to 128 rows
        // instead of one per row. The audit journal appends the waiting requests' rows this way, and screening its
        // hits. No caller reads the per-row counts, which this reports as unknown.
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        return new HikariDataSource(config);
    }
}
