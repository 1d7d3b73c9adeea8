package org.interlink.content;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.interlink.access.Classification;
import org.interlink.access.Restriction;
import org.interlink.common.NoExternalDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode: on a fresh embedded database, three banks so the content pages show something: Germany's shared bank of
 * eight made-up photos (PDQ, MD5, SHA-256) and a few URLs, France's bank restricted to France, Germany and Belgium,
 * and a negative bank of the General Secretariat. Loaded into the indexes with everything else at start-up.
 */
@Component
class ContentDemoData {

    private static final Logger log = LoggerFactory.getLogger(ContentDemoData.class);

    private final ContentRows rows;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Environment environment;
    private final boolean enabled;

    ContentDemoData(
            ContentRows rows,
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            Environment environment,
            @Value("${interlink.demo.enabled:true}") boolean enabled) {
        this.rows = rows;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.environment = environment;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(40)
    void seedFreshDatabase() {
        if (!enabled || !NoExternalDatabase.isEmbedded(environment)) {
            return;
        }
        Integer seeded = transactions.execute(status -> {
            Long existing = jdbc.queryForObject("SELECT count(*) FROM content_banks", Long.class);
            return existing == null || existing > 0 ? 0 : seed();
        });
        if (seeded != null && seeded > 0) {
            log.info("Seeded {} demo hash-bank entries", seeded);
        }
    }

    private int seed() {
        Instant now = Instant.now();
        Bank shared = bank("DE shared propaganda", "DE", Restriction.OPEN, false, List.of("entity:un-listed"), now);
        Bank restricted = bank(
                "FR referral URLs",
                "FR",
                Restriction.only(Classification.OFFICIAL, "FR", "DE", "BE"),
                false,
                List.of("content:url"),
                now);
        Bank benign = bank("GS known benign", "GS", Restriction.OPEN, true, List.of(), now);
        int n = 0;
        for (int i = 0; i < 8; i++) {
            byte[] png = png(i);
            FileHashes hashes = FileHashes.of(png, "image/png", "demo-" + i + ".png");
            List<String> labels =
                    List.of("content:image", i % 2 == 0 ? "behaviour:recruitment" : "behaviour:glorification");
            String source = "demo: seized device " + (i + 1);
            if (hashes.pdq() != null && hashes.pdq().usable()) {
                n += add(
                        shared,
                        SignalType.PDQ,
                        hashes.pdq().hash().hex(),
                        hashes.pdq().quality(),
                        labels,
                        source,
                        now);
            }
            n += add(shared, SignalType.MD5, hashes.md5(), null, labels, source, now);
            n += add(shared, SignalType.SHA256, hashes.sha256(), null, labels, source, now);
        }
        for (String url : List.of(
                "https://propaganda.example/issue/12",
                "https://files.example/manifesto.pdf",
                "http://recruit.example/join")) {
            n += add(
                    restricted,
                    SignalType.URL,
                    Urls.normalise(url),
                    null,
                    List.of("content:url", "behaviour:recruitment"),
                    "demo: platform referral",
                    now);
        }
        n += add(benign, SignalType.MD5, "d41d8cd98f00b204e9800998ecf8427e", null, List.of(), "the empty file", now);
        return n;
    }

    private Bank bank(
            String name, String owner, Restriction access, boolean negative, List<String> labels, Instant at) {
        Bank bank = new Bank(UUID.randomUUID().toString(), name, owner, access, negative, labels, "demo", at, 0);
        rows.insertBank(bank);
        return bank;
    }

    private int add(
            Bank bank,
            SignalType type,
            String signal,
            Integer quality,
            List<String> labels,
            String source,
            Instant at) {
        return rows.insertEntry(bank.id(), type, signal, quality, labels, source, "demo", at)
                        .isPresent()
                ? 1
                : 0;
    }

    /** The demo photo of this number as a PNG file, as a bureau would upload it. */
    static byte[] png(int number) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(DemoImages.photo(1000 + number), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
