package newsdesk.feedback;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import newsdesk.answer.ConversationKey;

/**
 * Who asked, as stored: HMAC-SHA256 of the channel and id under a secret key. The same chat always gets
 * the same pseudonym, so /forget finds its rows; without the key nobody can tell which chat it is, not
 * even by hashing every possible chat id, which a plain hash would allow.
 */
final class Pseudonyms {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    Pseudonyms(byte[] secret) {
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    String of(ConversationKey asker) {
        try {
            // A Mac is not thread-safe and cheap to make; one per call keeps this class free of shared state.
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal((asker.channel() + ":" + asker.id()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK, yet it failed", e);
        }
    }
}
