package org.interlink.screening;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.interlink.matching.DocumentNumbers;
import org.interlink.matching.PersonEntry;
import org.interlink.matching.PersonIndex;
import org.interlink.matching.PersonMatch;
import org.interlink.matching.PersonQuery;
import org.interlink.matching.Plates;
import org.interlink.notices.NoticePublished;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Everything screening checks against, in memory: persons (name index), travel documents (exact index) and vehicles
 * (by VIN and plate). Fed at start-up by {@link WatchlistLoader} and kept current by {@link RecordsFeed}; knows
 * nothing of who asks — {@link Screening} applies the access policy to what it returns.
 */
@Component
class Watchlist {

    private final PersonIndex persons = new PersonIndex();
    private final Map<String, WatchedItem> personItems = new ConcurrentHashMap<>();
    private final DocumentTable documents;
    private final Map<String, WatchedItem> vehicles = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> vehiclesByKey = new HashMap<>();
    private final Map<String, List<String>> keysOfVehicle = new HashMap<>();

    Watchlist(@Value("${interlink.screening.expected-documents:1000000}") int expectedDocuments) {
        this.documents = new DocumentTable(expectedDocuments);
    }

    // --- persons ---

    /** Indexes the entry; a match on it answers with {@code item}. The entry's id keys both. */
    void putPerson(WatchedItem item, PersonEntry entry) {
        personItems.put(entry.id(), item);
        persons.put(entry);
    }

    /** Removes the entry indexed under this id (a person record's id, or {@code notice:<id>}). */
    void removePerson(String id) {
        persons.remove(id);
        personItems.remove(id);
    }

    // --- notices: their subjects, indexed under notice:<id> with the notice's restriction and action ---

    private final Map<String, NoticePublished> notices = new ConcurrentHashMap<>();

    void putNotice(NoticePublished notice, WatchedItem item, PersonEntry entry) {
        notices.put(notice.noticeId(), notice);
        putPerson(item, entry);
    }

    void removeNotice(String noticeId) {
        notices.remove(noticeId);
        removePerson(NoticesFeed.PREFIX + noticeId);
    }

    /** The notices in circulation about this person record. */
    List<NoticePublished> noticesAbout(String personId) {
        return notices.values().stream()
                .filter(notice -> notice.personId().equals(personId))
                .toList();
    }

    /** Candidates by score, best first, with what screening knows of each record. */
    List<Candidate> searchPersons(PersonQuery query, int limit, double minScore) {
        List<Candidate> found = new ArrayList<>();
        for (PersonMatch match : persons.search(query, limit, minScore)) {
            WatchedItem item = personItems.get(match.id());
            if (item != null) {
                found.add(new Candidate(item, match));
            }
        }
        return found;
    }

    record Candidate(WatchedItem item, PersonMatch match) {}

    // --- documents ---

    void putDocument(WatchedDocument document) {
        documents.put(document);
    }

    void removeDocument(String id) {
        documents.remove(id);
    }

    List<WatchedDocument> documents(String issuingState, String number) {
        return documents.lookup(issuingState, number);
    }

    // --- vehicles ---

    synchronized void putVehicle(WatchedItem item, List<String> vins, List<String> plates) {
        removeVehicle(item.id());
        List<String> keys = new ArrayList<>();
        vins.forEach(vin -> keys.add("VIN:" + DocumentNumbers.normalise(vin)));
        plates.forEach(plate -> {
            keys.add("PLATE:" + Plates.normalise(plate));
            keys.add("PLATE~" + Plates.confusableKey(plate));
        });
        keys.forEach(key -> vehiclesByKey
                .computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet())
                .add(item.id()));
        keysOfVehicle.put(item.id(), keys);
        vehicles.put(item.id(), item);
    }

    synchronized void removeVehicle(String id) {
        List<String> keys = keysOfVehicle.remove(id);
        if (keys != null) {
            keys.forEach(key -> {
                Set<String> ids = vehiclesByKey.get(key);
                if (ids != null) {
                    ids.remove(id);
                    if (ids.isEmpty()) {
                        vehiclesByKey.remove(key);
                    }
                }
            });
        }
        vehicles.remove(id);
    }

    synchronized List<WatchedItem> vehiclesByVin(String vin) {
        return vehicles("VIN:" + DocumentNumbers.normalise(vin));
    }

    /** Vehicles whose plate is exactly this one, after normalisation. */
    synchronized List<WatchedItem> vehiclesByPlate(String plate) {
        return vehicles("PLATE:" + Plates.normalise(plate));
    }

    /** Vehicles whose plate reads like this one when easily confused characters (O/0, I/1, B/8…) are folded. */
    synchronized List<WatchedItem> vehiclesByConfusablePlate(String plate) {
        return vehicles("PLATE~" + Plates.confusableKey(plate));
    }

    private List<WatchedItem> vehicles(String key) {
        return vehiclesByKey.getOrDefault(key, Set.of()).stream()
                .map(vehicles::get)
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    Sizes sizes() {
        return new Sizes(persons.size(), documents.size(), vehicles.size());
    }

    record Sizes(int persons, int documents, int vehicles) {}
}
