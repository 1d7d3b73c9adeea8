package org.interlink.cyber;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.interlink.access.Viewer;
import org.interlink.audit.AuditEntry;
import org.interlink.audit.AuditJournal;
import org.interlink.audit.AuditLog;
import org.interlink.audit.Operation;
import org.interlink.audit.Outcome;
import org.interlink.common.ConflictException;
import org.interlink.common.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Feeds as their managers see them. A feed is managed by its owner bureau's and the General Secretariat's editors and
 * administrators; to anyone else it does not exist (404, left out of lists), exactly like a missing one. Every
 * operation is audited with its purpose.
 */
@Service
class FeedManagement {

    private final Feeds feeds;
    private final FeedPuller puller;
    private final AuditLog auditLog;
    private final AuditJournal journal;
    private final Clock clock = Clock.systemUTC();

    FeedManagement(Feeds feeds, FeedPuller puller, AuditLog auditLog, AuditJournal journal) {
        this.feeds = feeds;
        this.puller = puller;
        this.auditLog = auditLog;
        this.journal = journal;
    }

    static boolean mayManage(Viewer viewer) {
        return viewer.hasRole("EDITOR") || viewer.hasRole("ADMINISTRATOR");
    }

    static boolean manages(Viewer viewer, Feed feed) {
        return mayManage(viewer)
                && (viewer.isGeneralSecretariat() || viewer.bureau().equals(feed.owner()));
    }

    @Transactional
    Feed create(Viewer viewer, FeedRequests.NewFeed request, String purpose) {
        if (!mayManage(viewer)) {
            throw new ResponseStatusException(
                    HttpStatus.FORBIDDEN, "Configuring feeds needs the EDITOR or ADMINISTRATOR role");
        }
        Instant now = clock.instant();
        Feed feed = new Feed(
                UUID.randomUUID(),
                request.owner(),
                request.apiRoot(),
                request.collection(),
                request.auth(),
                request.interval(),
                request.enabled(),
                request.restriction(),
                viewer.actor(),
                viewer.clearance(),
                null,
                now,
                null,
                null,
                null,
                null,
                0);
        feeds.insert(feed, now);
        auditLog.record(entry(viewer, Operation.CREATE, feed.id().toString(), purpose, Outcome.SUCCESS));
        return feed;
    }

    List<Feed> list(Viewer viewer, String purpose) {
        List<Feed> found =
                !mayManage(viewer) ? List.of() : feeds.list(viewer.isGeneralSecretariat() ? null : viewer.bureau());
        journal.record(entry(viewer, Operation.LIST, "", purpose, Outcome.SUCCESS));
        return found;
    }

    Feed read(Viewer viewer, UUID id, String purpose) {
        Feed feed = managed(viewer, id, Operation.READ, purpose);
        journal.record(entry(viewer, Operation.READ, id.toString(), purpose, Outcome.SUCCESS));
        return feed;
    }

    @Transactional
    Feed change(Viewer viewer, UUID id, FeedRequests.Change change, String purpose) {
        Feed feed = managed(viewer, id, Operation.UPDATE, purpose);
        feeds.reschedule(
                id,
                change.enabled() == null ? feed.enabled() : change.enabled(),
                change.interval() == null ? feed.interval() : change.interval());
        auditLog.record(entry(viewer, Operation.UPDATE, id.toString(), purpose, Outcome.SUCCESS));
        return feeds.find(id).orElseThrow();
    }

    @Transactional
    void delete(Viewer viewer, UUID id, String purpose) {
        managed(viewer, id, Operation.DELETE, purpose);
        feeds.delete(id);
        auditLog.record(entry(viewer, Operation.DELETE, id.toString(), purpose, Outcome.SUCCESS));
    }

    /** Pulls the feed now, whatever its schedule, and answers it after the pull; 409 while another pull runs. */
    Feed pull(Viewer viewer, UUID id, String purpose) {
        managed(viewer, id, Operation.IMPORT, purpose);
        journal.record(entry(viewer, Operation.IMPORT, id.toString(), purpose, Outcome.SUCCESS));
        if (puller.pull(id).isEmpty()) {
            throw new ConflictException(409, "feed " + id + " is being pulled; try again when it is done");
        }
        return feeds.find(id).orElseThrow(() -> new NotFoundException("feed", id.toString()));
    }

    /** The feed if the viewer manages it; else, as for a missing one, NOT_FOUND audited and 404. */
    private Feed managed(Viewer viewer, UUID id, Operation operation, String purpose) {
        Optional<Feed> feed = feeds.find(id).filter(found -> manages(viewer, found));
        if (feed.isEmpty()) {
            // journaled, committed on its own: the caller's transaction rolls back with the 404
            journal.record(entry(viewer, operation, id.toString(), purpose, Outcome.NOT_FOUND));
            throw new NotFoundException("feed", id.toString());
        }
        return feed.get();
    }

    private static AuditEntry entry(Viewer viewer, Operation operation, String id, String purpose, Outcome outcome) {
        return new AuditEntry(viewer.actor(), viewer.bureau(), operation, "taxii-feed", id, purpose, outcome);
    }
}
