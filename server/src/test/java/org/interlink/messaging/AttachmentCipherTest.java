package org.interlink.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AttachmentCipherTest {

    private final byte[] key = new byte[32];
    private final AttachmentCipher cipher;

    AttachmentCipherTest() {
        new Random(7).nextBytes(key);
        cipher = new AttachmentCipher(key);
    }

    @Test
    void sealsAndOpensASegment() {
        UUID blob = UUID.randomUUID();
        AttachmentCipher.Sealing sealing = cipher.seal(blob);
        byte[] plain = "%PDF-1.4 secret".getBytes();
        byte[] sealed = sealing.encrypt(0, true, plain, plain.length);
        assertThat(sealed).hasSize(plain.length + 16);
        assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("secret");
        byte[] opened =
                cipher.open(blob, cipher.keyId(), sealing.salt, sealing.prefix).decrypt(0, true, sealed);
        assertThat(opened).isEqualTo(plain);
    }

    @Test
    void refusesATamperedMovedReorderedOrTruncatedSegment() {
        UUID blob = UUID.randomUUID();
        AttachmentCipher.Sealing sealing = cipher.seal(blob);
        byte[] plain = new byte[100];
        byte[] first = sealing.encrypt(0, false, plain, plain.length);
        AttachmentCipher.Sealing opening = cipher.open(blob, cipher.keyId(), sealing.salt, sealing.prefix);

        byte[] flipped = first.clone();
        flipped[3] ^= 1;
        assertThatThrownBy(() -> opening.decrypt(0, false, flipped)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> opening.decrypt(1, false, first))
                .as("reordered")
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> opening.decrypt(0, true, first))
                .as("cut after it")
                .isInstanceOf(IllegalStateException.class);
        AttachmentCipher.Sealing otherBlob =
                cipher.open(UUID.randomUUID(), cipher.keyId(), sealing.salt, sealing.prefix);
        assertThatThrownBy(() -> otherBlob.decrypt(0, false, first))
                .as("moved")
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void namesAWrongKeyInsteadOfFailingObscurely() {
        byte[] other = Arrays.copyOf(key, 32);
        other[0] ^= 1;
        AttachmentCipher wrong = new AttachmentCipher(other);
        assertThatThrownBy(() -> wrong.open(UUID.randomUUID(), cipher.keyId(), new byte[16], new byte[7]))
                .hasMessageContaining(cipher.keyId());
        assertThatThrownBy(() -> new AttachmentCipher(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }
}
