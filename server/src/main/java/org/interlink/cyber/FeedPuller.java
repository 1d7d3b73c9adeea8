package org.interlink.cyber;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.interlink.access.Restriction;
import org.interlink.audit.AuditEntry;
import org.interlink.audit.AuditLog;
import org.interlink.audit.Operation;
import org.interlink.audit.Outcome;
import org.interlink.common.FieldError;
import org.interlink.common.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pulls a feed: asks the collection for the objects added after the cursor, a page at a time, following {@code next}
 * while {@code more} is true, and stores each page through the cyber import together with the page's {@code
 * X-TAXII-Date-Added-Last} as the new cursor, in one transaction. A crash between pages loses nothing and repeats
 * nothing; a page refused (by the remote or by the import) stops the pull with the cursor where it was, and the
 * reason is recorded on the feed.
 */
@Service
class FeedPuller {

    /** Where a feed's secret is configured: this prefix and the feed's {@code secretRef}. */
    static final String SECRETS = "interlink.cyber.feeds.secrets.";

    /** A pull stops after this many pages; the next pull goes on from the cursor. */
    static final int MAX_PAGES = 1_000;

    private static final Logger log = LoggerFactory.getLogger(FeedPuller.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Feeds feeds;
    private final CyberIntelligence imports;
    private final AuditLog auditLog;
    private final TransactionTemplate transactions;
    private final Environment environment;
    private final TaxiiHttp http;
    private final int pageSize;
    private final Duration overlap;
    private final Clock clock = Clock.systemUTC();

    FeedPuller(
            Feeds feeds,
            CyberIntelligence imports,
            AuditLog auditLog,
            PlatformTransactionManager transactionManager,
            Environment environment,
            @Value("${interlink.cyber.feeds.timeout:PT30S}") Duration timeout,
            @Value("${interlink.cyber.feeds.attempts:3}") int attempts,
            @Value("${interlink.cyber.feeds.backoff:PT2S}") Duration backoff,
            @Value("${interlink.cyber.feeds.page-size:1000}") int pageSize,
            @Value("${interlink.cyber.feeds.overlap:PT1M}") Duration overlap) {
        this.feeds = feeds;
        this.imports = imports;
        this.auditLog = auditLog;
        this.transactions = new TransactionTemplate(transactionManager);
        this.environment = environment;
        this.http = new TaxiiHttp(timeout, attempts, backoff, CyberController.MAX_BUNDLE_BYTES);
        this.pageSize = pageSize;
        this.overlap = overlap;
    }

    /** What one pull did. */
    record Pulled(
            int pages, int created, int unchanged, @Nullable String error) {}

    /**
     * Pulls the feed if no other pull holds it.
     *
     * @return empty when another pull is running
     */
    java.util.Optional<Pulled> pull(UUID id) {
        if (!feeds.claim(id, clock.instant())) {
            return java.util.Optional.empty();
        }
        Pulled pulled = new Pulled(0, 0, 0, "the feed was deleted");
        try {
            var feed = feeds.find(id);
            if (feed.isPresent()) {
                pulled = pullClaimed(feed.get());
            }
            return java.util.Optional.of(pulled);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pulled = new Pulled(0, 0, 0, "interrupted");
            return java.util.Optional.of(pulled);
        } finally {
            feeds.release(id, clock.instant(), pulled.error());
        }
    }

    private Pulled pullClaimed(Feed feed) throws InterruptedException {
        String secret = null;
        if (feed.auth().type() != Feed.AuthType.NONE) {
            secret = environment.getProperty(SECRETS + feed.auth().secretRef());
            if (secret == null || secret.isBlank()) {
                return audited(
                        feed,
                        new Pulled(
                                0,
                                0,
                                0,
                                "the secret is not configured: set " + SECRETS
                                        + feed.auth().secretRef() + " (or its environment variable)"));
            }
        }
        String cursor = feed.addedAfter();
        String asked = earlier(cursor); // of the request that next continues: a next token belongs to its query
        String next = null;
        int pages = 0;
        int created = 0;
        int unchanged = 0;
        try {
            while (pages < MAX_PAGES) {
                TaxiiHttp.Answer answer = http.get(page(feed, asked, next), feed.auth(), secret);
                pages++;
                JsonNode objects = answer.body().path("objects");
                String last = answer.header("X-TAXII-Date-Added-Last").orElse(null);
                String to = objects.isArray() && !objects.isEmpty() && later(last, cursor) ? last : cursor;
                CyberIntelligence.Imported stored = store(feed, cursor, to, objects);
                created += stored.created();
                unchanged += stored.unchanged();
                boolean more = answer.body().path("more").asBoolean(false);
                String following = answer.body().path("next").asString(null);
                if (!more || (following == null && java.util.Objects.equals(to, cursor))) {
                    break; // done, or a server that says more without a way to get it
                }
                cursor = to;
                next = following;
                if (next == null) {
                    asked = earlier(cursor); // a server paging without next: ask again from the new cursor
                }
            }
            return audited(feed, new Pulled(pages, created, unchanged, null));
        } catch (TaxiiHttp.RemoteException e) {
            return audited(feed, new Pulled(pages, created, unchanged, e.getMessage()));
        } catch (InvalidInputException e) {
            return audited(feed, new Pulled(pages, created, unchanged, "import refused: " + describe(e)));
        } catch (Moved e) {
            return audited(feed, new Pulled(pages, created, unchanged, "the cursor moved: another pull ran"));
        } catch (RuntimeException e) {
            log.warn("Pull of TAXII feed {} failed", feed.id(), e);
            return audited(feed, new Pulled(pages, created, unchanged, "failed: " + e));
        }
    }

    /**
     * What a pull asks for: the cursor less the overlap. A server stamps {@code date_added} when an import starts, so
     * an import committing after a later-started one appears behind the cursor (Interlink's server: CYBER.md, "TAXII
     * 2.1 server"); asking a little earlier picks it up, and what is asked again is stored unchanged, not twice.
     */
    private @Nullable String earlier(@Nullable String cursor) {
        Instant at = instant(cursor);
        return at == null || overlap.isZero() ? cursor : at.minus(overlap).toString();
    }

    /** Whether the page's last date is after the cursor (a page inside the overlap does not move it back). */
    private static boolean later(@Nullable String last, @Nullable String cursor) {
        if (last == null) {
            return false;
        }
        Instant to = instant(last);
        Instant from = instant(cursor);
        return from == null || to == null || to.isAfter(from);
    }

    private static @Nullable Instant instant(@Nullable String timestamp) {
        if (timestamp == null) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(timestamp).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            return null; // kept and sent back as the server wrote it
        }
    }

    /** The objects of one page and the new cursor, in one transaction. */
    private CyberIntelligence.Imported store(Feed feed, @Nullable String from, @Nullable String to, JsonNode objects) {
        CyberIntelligence.Imported result = transactions.execute(status -> {
            CyberIntelligence.Imported stored = new CyberIntelligence.Imported(0, 0);
            if (objects.isArray() && !objects.isEmpty()) {
                stored = imports.importBundle(feed.viewer(), bundle(feed, objects), purpose(feed));
            }
            if (!feeds.advance(feed.id(), from, to, stored.created())) {
                throw new Moved();
            }
            return stored;
        });
        return java.util.Objects.requireNonNull(result);
    }

    /** The cursor was not where this pull left it: another pull (a node that lost its lease) stored the page. */
    private static final class Moved extends RuntimeException {
        Moved() {
            super(null, null, false, false);
        }
    }

    private URI page(Feed feed, @Nullable String addedAfter, @Nullable String next) {
        StringBuilder query = new StringBuilder("?limit=").append(pageSize);
        if (addedAfter != null) {
            query.append("&added_after=").append(URLEncoder.encode(addedAfter, StandardCharsets.UTF_8));
        }
        if (next != null) {
            query.append("&next=").append(URLEncoder.encode(next, StandardCharsets.UTF_8));
        }
        return URI.create(feed.objectsUri() + query.toString());
    }

    /** The page's objects as a bundle; those without a restriction of their own get the feed's. */
    private static byte[] bundle(Feed feed, JsonNode objects) {
        ObjectNode bundle = JSON.createObjectNode();
        bundle.put("type", "bundle");
        bundle.put("id", "bundle--" + UUID.randomUUID());
        ArrayNode array = bundle.putArray("objects");
        for (JsonNode object : objects) {
            if (object.isObject()
                    && !object.has("x_interlink_access")
                    && !feed.restriction().equals(Restriction.OPEN)) {
                ObjectNode restricted = ((ObjectNode) object).deepCopy();
                ObjectNode access = restricted.putObject("x_interlink_access");
                access.put("classification", feed.restriction().classification().name());
                access.put("audience", feed.restriction().audience().name());
                ArrayNode countries = access.putArray("countries");
                feed.restriction().countries().stream().sorted().forEach(countries::add);
                array.add(restricted);
            } else {
                array.add(object);
            }
        }
        return JSON.writeValueAsBytes(bundle);
    }

    static String purpose(Feed feed) {
        return "intelligence sharing: TAXII feed " + feed.id();
    }

    /** The pull in the audit log: one row, its outcome, the error as a failure. */
    private Pulled audited(Feed feed, Pulled pulled) {
        auditLog.record(new AuditEntry(
                feed.runAs(),
                feed.owner(),
                Operation.IMPORT,
                "taxii-feed",
                feed.id().toString(),
                purpose(feed),
                pulled.error() == null ? Outcome.SUCCESS : Outcome.FAILED));
        return pulled;
    }

    private static String describe(InvalidInputException e) {
        StringBuilder text = new StringBuilder();
        for (FieldError error : e.errors().subList(0, Math.min(5, e.errors().size()))) {
            text.append(text.isEmpty() ? "" : "; ")
                    .append(error.field())
                    .append(": ")
                    .append(error.message());
        }
        if (e.errors().size() > 5) {
            text.append("; and ").append(e.errors().size() - 5).append(" more");
        }
        return text.toString();
    }
}
