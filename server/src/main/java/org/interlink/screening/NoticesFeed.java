package org.interlink.screening;

import java.util.List;
import java.util.Locale;
import org.interlink.notices.NoticePublished;
import org.interlink.notices.NoticeWithdrawn;
import org.interlink.records.PersonName;
import org.interlink.records.PersonSnapshot;
import org.interlink.records.PersonUpdated;
import org.interlink.records.RecordDeleted;
import org.interlink.records.Records;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts the subject of every published notice or diffusion into the watchlist as its own entry — with the notice's
 * restriction (a diffusion: only its recipients) and the notice's action ("arrest — Red Notice") — and takes it out
 * when the notice is cancelled or expires. The subject's person record stays indexed on its own terms beside it.
 */
@Component
class NoticesFeed {

    static final String PREFIX = "notice:";

    /** A summary's longest notice text: a line in a result list, not the notice. */
    static final int SUMMARY_LENGTH = 160;

    private final Watchlist watchlist;
    private final WatchlistLoader loader;
    private final Records records;

    NoticesFeed(Watchlist watchlist, WatchlistLoader loader, Records records) {
        this.watchlist = watchlist;
        this.loader = loader;
        this.records = records;
    }

    @ApplicationModuleListener
    void on(NoticePublished event) {
        records.person(event.personId()).ifPresent(person -> loader.apply(() -> put(watchlist, event, person)));
    }

    @ApplicationModuleListener
    void on(NoticeWithdrawn event) {
        loader.apply(() -> watchlist.removeNotice(event.noticeId()));
    }

    /** A subject's record changed: its notices are indexed again with the new names and identifiers. */
    @ApplicationModuleListener
    void on(PersonUpdated event) {
        loader.apply(() ->
                watchlist.noticesAbout(event.person().id()).forEach(notice -> put(watchlist, notice, event.person())));
    }

    /** A subject's record was erased: nothing is left to match its notices against. */
    @ApplicationModuleListener
    void on(RecordDeleted event) {
        loader.apply(
                () -> watchlist.noticesAbout(event.id()).forEach(notice -> watchlist.removeNotice(notice.noticeId())));
    }

    static void put(Watchlist watchlist, NoticePublished notice, PersonSnapshot person) {
        List<String> names = person.names().stream()
                .map(PersonName::value)
                .filter(name -> !name.isBlank())
                .toList();
        if (names.isEmpty()) {
            return;
        }
        String id = PREFIX + notice.noticeId();
        WatchedItem item = new WatchedItem(
                notice.noticeId(),
                "NOTICE",
                notice.owner(),
                notice.restriction(),
                names.getFirst(),
                summary(notice, person),
                notice.action(),
                person.version());
        watchlist.putNotice(notice, item, RecordsFeed.entry(id, person, names));
    }

    /**
     * The line an officer reads beside the match, e.g. "red notice: Armed robbery of a jewellery shop in Lyon …": the
     * notice's own words, else the subject record's summary, cut to {@link #SUMMARY_LENGTH} characters at a word; the
     * whole notice is one click away for whoever may see it.
     */
    static String summary(NoticePublished notice, PersonSnapshot person) {
        String kind = notice.type().toLowerCase(Locale.ROOT) + " notice";
        String about =
                notice.about() != null ? notice.about() : person.summary().strip();
        if (about.isEmpty()) {
            return kind;
        }
        if (about.length() > SUMMARY_LENGTH) {
            int cut = about.lastIndexOf(' ', SUMMARY_LENGTH);
            about = about.substring(0, cut > SUMMARY_LENGTH / 2 ? cut : SUMMARY_LENGTH) + " …";
        }
        return kind + ": " + about;
    }
}
