package org.interlink.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.interlink.matching.DocumentIndex;
import org.interlink.matching.DocumentNumbers;

/**
 * The travel documents screening checks against: the matching library's compact {@link DocumentIndex} from (issuing
 * state, number) to a handle, and per handle a {@link WatchedDocument} to confirm the candidate (the index keeps only a
 * 64-bit hash of the number) and to decide who may see it.
 *
 * <p>Thread-safe: lookups run concurrently without locking; changes are serialised on this object and store a
 * handle's document before the index can return the handle.
 */
final class DocumentTable {

    private final DocumentIndex index;
    private volatile WatchedDocument[] documents;
    private final HandleTable handleOf;
    /** Handles of removed documents, to reuse: a stack of {@code freeCount} ints. */
    private int[] free = new int[16];

    private int freeCount;
    private final Map<String, String> interned = new ConcurrentHashMap<>();
    private int highWater;

    DocumentTable(int expected) {
        this.index = new DocumentIndex(Math.max(1024, expected));
        this.documents = new WatchedDocument[Math.max(1024, expected)];
        this.handleOf = new HandleTable(expected, handle -> documents[handle].id());
    }

    /** Adds the document, or replaces the one with the same id. */
    synchronized void put(WatchedDocument document) {
        remove(document.id());
        WatchedDocument stored = new WatchedDocument(
                document.id(),
                intern(document.owner()),
                document.restriction(),
                DocumentNumbers.normalise(document.number()),
                intern(DocumentNumbers.normaliseIssuingState(document.issuingState())),
                intern(document.type()),
                intern(document.status()),
                document.version());
        int handle = freeCount == 0 ? highWater++ : free[--freeCount];
        if (handle >= documents.length) {
            documents = Arrays.copyOf(documents, documents.length + (documents.length >> 1));
        }
        documents[handle] = stored;
        handleOf.add(stored.id(), handle);
        index.add(stored.issuingState(), stored.number(), handle);
    }

    synchronized boolean remove(String id) {
        int handle = handleOf.remove(id);
        if (handle < 0) {
            return false;
        }
        WatchedDocument document = documents[handle];
        index.remove(document.issuingState(), document.number(), handle);
        documents[handle] = null;
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, freeCount * 2);
        }
        free[freeCount++] = handle;
        return true;
    }

    /** The documents with this issuing state and number (both normalised here), confirmed against the real number. */
    List<WatchedDocument> lookup(String issuingState, String number) {
        String state = DocumentNumbers.normaliseIssuingState(issuingState);
        String normalised = DocumentNumbers.normalise(number);
        long[] handles = index.lookup(state, normalised);
        if (handles.length == 0) {
            return List.of();
        }
        WatchedDocument[] current = documents;
        List<WatchedDocument> found = new ArrayList<>(handles.length);
        for (long handle : handles) {
            WatchedDocument document = handle < current.length ? current[(int) handle] : null;
            if (document != null
                    && document.number().equals(normalised)
                    && document.issuingState().equals(state)) {
                found.add(document);
            }
        }
        return found;
    }

    synchronized int size() {
        return handleOf.size();
    }

    private String intern(String value) {
        return interned.computeIfAbsent(value, v -> v);
    }
}
