package org.interlink.federation;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.interlink.access.Classification;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.Environment;

/**
 * The {@code interlink.federation.*} settings.
 *
 * @param role {@code centre} (the default) or {@code node}
 * @param bureau on a node: the bureau whose mirror it holds (ISO 3166-1 alpha-2)
 * @param bootstrapServers the Kafka cluster; federation is off when absent
 * @param username the node's or centre's Kafka principal (SASL/SCRAM), when the cluster asks for one
 * @param password its password
 * @param securityProtocol Kafka's {@code security.protocol}: {@code SASL_SSL} in production, {@code PLAINTEXT} locally
 * @param nodes at the centre: the bureaus that run a national node, one topic each
 * @param nodeClearance the highest classification a node's mirror may hold: a node is its bureau's system, so it holds
 *     what the bureau's most cleared officer may see; the node's own access checks then apply each user's clearance
 * @param maxMirrorAge on a node: past this age without contact the mirror says it is stale (Schengen's 48 hours)
 * @param partitions partitions of each node's topic when the centre creates it
 * @param replicationFactor replicas of each node's topic when the centre creates it (3 on a production cluster)
 * @param reportInterval on a node: how often it reports its mirror's state to the centre
 */
record FederationSettings(
        @DefaultValue("centre") String role,
        @Nullable String bureau,
        @Nullable String bootstrapServers,
        @Nullable String username,
        @Nullable String password,
        @DefaultValue("PLAINTEXT") String securityProtocol,
        @DefaultValue List<String> nodes,
        @DefaultValue("CONFIDENTIAL") Classification nodeClearance,
        @DefaultValue("48h") Duration maxMirrorAge,
        @DefaultValue("3") int partitions,
        @DefaultValue("1") short replicationFactor,
        @DefaultValue("10s") Duration reportInterval) {

    static final String PREFIX = "interlink.federation";

    FederationSettings {
        nodes = nodes.stream()
                .map(n -> n.strip().toUpperCase(Locale.ROOT))
                .filter(n -> !n.isEmpty())
                .distinct()
                .toList();
        bureau = bureau == null ? null : bureau.strip().toUpperCase(Locale.ROOT);
    }

    static FederationSettings of(Environment environment) {
        return Binder.get(environment).bindOrCreate(PREFIX, FederationSettings.class);
    }

    Role parsedRole() {
        return Role.valueOf(role.strip().toUpperCase(Locale.ROOT));
    }

    /** The bureau of a node, required there. */
    String nodeBureau() {
        if (bureau == null || !bureau.matches("[A-Z]{2}")) {
            throw new IllegalStateException(PREFIX + ".bureau must name the node's bureau (ISO 3166-1 alpha-2)");
        }
        return bureau;
    }

    /** The settings every Kafka client shares: servers and credentials. */
    Properties clientProperties() {
        if (bootstrapServers == null || bootstrapServers.isBlank()) {
            throw new IllegalStateException(PREFIX + ".bootstrap-servers is required");
        }
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrapServers);
        p.put("security.protocol", securityProtocol);
        if (username != null && !username.isBlank()) {
            p.put("sasl.mechanism", "SCRAM-SHA-512");
            p.put(
                    "sasl.jaas.config",
                    "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                            + jaasEscaped(username) + "\" password=\"" + jaasEscaped(password == null ? "" : password)
                            + "\";");
        }
        return p;
    }

    private static String jaasEscaped(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
