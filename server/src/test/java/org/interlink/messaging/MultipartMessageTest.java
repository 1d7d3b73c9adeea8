package org.interlink.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.interlink.common.InvalidInputException;
import org.junit.jupiter.api.Test;

class MultipartMessageTest {

    static final String BOUNDARY = "----b0undary";
    static final String TYPE = "multipart/form-data; boundary=" + BOUNDARY;

    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    private MultipartMessageTest part(String disposition, byte[] content) {
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; " + disposition
                        + "\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        return this;
    }

    private InputStream end() {
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new ByteArrayInputStream(body.toByteArray());
    }

    private static MultipartMessage read(InputStream in) throws IOException {
        return MultipartMessage.read(in, TYPE, Set.of("message"));
    }

    @Test
    void readsFieldsAndAttachmentsWithTheirNames() throws Exception {
        byte[] binary = new byte[700_000];
        new Random(1).nextBytes(binary);
        // A delimiter-like sequence inside the content must not end it.
        byte[] tricky = ("a\r\n--" + BOUNDARY.substring(0, 6) + "b").getBytes(StandardCharsets.UTF_8);
        try (MultipartMessage message = read(part("name=\"message\"", "{\"to\": [\"DE\"]}".getBytes())
                .part("name=\"attachment\"; filename=\"a;b.pdf\"", binary)
                .part("name=\"attachment\"; filename=\"x.pdf\"; filename*=UTF-8''M%C3%BCller.pdf", tricky)
                .end())) {
            assertThat(message.field("message")).isEqualTo("{\"to\": [\"DE\"]}");
            assertThat(message.attachments()).hasSize(2);
            assertThat(message.attachments().get(0).fileName()).isEqualTo("a;b.pdf");
            assertThat(message.attachments().get(0).content().open().readAllBytes())
                    .isEqualTo(binary);
            assertThat(message.attachments().get(1).fileName()).isEqualTo("Müller.pdf");
            assertThat(message.attachments().get(1).content().open().readAllBytes())
                    .isEqualTo(tricky);
        }
    }

    @Test
    void spillsLargeAttachmentsEncryptedAndDeletesThemOnClose() throws Exception {
        byte[] text = "confidential witness statement ".repeat(100_000).getBytes(StandardCharsets.UTF_8);
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        Set<Path> before = sealedFiles(temp);
        MultipartMessage message =
                read(part("name=\"attachment\"; filename=\"s.txt\"", text).end());
        Set<Path> spilled = sealedFiles(temp);
        spilled.removeAll(before);
        assertThat(spilled).hasSize(1);
        byte[] onDisk = Files.readAllBytes(spilled.iterator().next());
        assertThat(new String(onDisk, StandardCharsets.ISO_8859_1)).doesNotContain("witness");
        assertThat(message.attachments().getFirst().size()).isEqualTo(text.length);
        assertThat(message.attachments().getFirst().content().open().readAllBytes())
                .isEqualTo(text);
        message.close();
        assertThat(Files.exists(spilled.iterator().next())).isFalse();
    }

    @Test
    void refusesAnAttachmentOverTwentyFiveMegabytesWhileStreamingThenDrainsTheBody() {
        long length = 30L * 1024 * 1024;
        java.util.concurrent.atomic.AtomicLong served = new java.util.concurrent.atomic.AtomicLong();
        InputStream body = new InputStream() {
            final byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"attachment\";"
                            + " filename=\"big.pdf\"\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8);

            @Override
            public int read() {
                long at = served.getAndIncrement();
                if (at >= length) {
                    return -1;
                }
                return at < head.length ? head[(int) at] : 'x';
            }
        };
        assertThatThrownBy(() -> read(body))
                .isInstanceOf(AttachmentRejectedException.class)
                .satisfies(e -> assertThat(((AttachmentRejectedException) e)
                                .getStatusCode()
                                .value())
                        .isEqualTo(413))
                .hasMessageContaining("attachment[0]");
        assertThat(served.get())
                .as("the rest of the body was read and discarded")
                .isGreaterThan(length);
    }

    @Test
    void refusesTheEleventhAttachmentAndUnknownParts() {
        for (int i = 0; i < 11; i++) {
            part("name=\"attachment\"; filename=\"f" + i + ".txt\"", "x".getBytes());
        }
        assertThatThrownBy(() -> read(end()))
                .isInstanceOf(AttachmentRejectedException.class)
                .hasMessageContaining("at most 10");

        body.reset();
        assertThatThrownBy(() -> read(part("name=\"file\"; filename=\"a.pdf\"", "x".getBytes())
                        .end()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("file");
    }

    @Test
    void refusesTruncatedOrUnframedBodies() {
        assertThatThrownBy(() -> read(new ByteArrayInputStream(
                        ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"message\"\r\n\r\n{")
                                .getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() ->
                        MultipartMessage.read(new ByteArrayInputStream(new byte[0]), "multipart/form-data", Set.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Content-Type");
    }

    private static Set<Path> sealedFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return new java.util.HashSet<>(
                    files.filter(p -> p.getFileName().toString().endsWith(".sealed"))
                            .toList());
        }
    }
}
