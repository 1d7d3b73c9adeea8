package org.interlink.federation;

import java.nio.ByteBuffer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.interlink.records.MirroredRecord;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The format of a node's topic: key = record id; value = the record as JSON ({@link MirroredRecord}), or null for a
 * tombstone (which compaction eventually removes); a {@code version} header on both.
 */
final class Wire {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Wire() {}

    static ProducerRecord<String, byte[]> upsert(String topic, MirroredRecord record) {
        ProducerRecord<String, byte[]> r = new ProducerRecord<>(topic, record.id(), JSON.writeValueAsBytes(record));
        r.headers().add(NodeTopics.VERSION_HEADER, version(record.version()));
        return r;
    }

    static ProducerRecord<String, byte[]> tombstone(String topic, String id, long version) {
        ProducerRecord<String, byte[]> r = new ProducerRecord<>(topic, id, null);
        r.headers().add(NodeTopics.VERSION_HEADER, version(version));
        return r;
    }

    /** The record an upsert carries, or null for a tombstone. */
    static @Nullable MirroredRecord read(ConsumerRecord<String, byte[]> record) {
        return record.value() == null ? null : JSON.readValue(record.value(), MirroredRecord.class);
    }

    static long version(ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader(NodeTopics.VERSION_HEADER);
        return header == null ? 0 : ByteBuffer.wrap(header.value()).getLong();
    }

    private static byte[] version(long version) {
        return ByteBuffer.allocate(Long.BYTES).putLong(version).array();
    }
}
