package newsdesk.feedback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import newsdesk.answer.ConversationKey;

/**
 * How other features keep a chat as the question log does: by its pseudonym (the same HMAC, so /forget
 * finds their rows too) and, where a message must later be delivered to it, by its id sealed with AES-GCM.
 * The sealing key is derived from the pseudonym secret, so the database file alone tells nobody which chats
 * are stored, and a lost secret costs what it already costs the question log.
 */
public final class ChatKeys {

    private static final String SEALING_PURPOSE = "newsdesk chat id sealing v1";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Pseudonyms pseudonyms;
    private final SecretKeySpec sealing;
    private final SecureRandom random = new SecureRandom();

    ChatKeys(Pseudonyms pseudonyms, byte[] secret) {
        this.pseudonyms = pseudonyms;
        this.sealing = new SecretKeySpec(derive(secret), "AES");
    }

    /** The chat's pseudonym, equal to the one its questions are logged under. */
    public String pseudonym(long telegramChatId) {
        return pseudonyms.of(ConversationKey.telegramChat(telegramChatId));
    }

    /** The chat id encrypted, with a fresh IV each time (base64 of IV and ciphertext, 40 characters). */
    public String seal(long telegramChatId) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, sealing, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(telegramChatId).array());
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK, yet it failed", e);
        }
    }

    /** @throws IllegalArgumentException when the text was not sealed under this key (another secret, or edited) */
    public long unseal(String sealed) {
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, sealing, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            return ByteBuffer.wrap(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES)).getLong();
        } catch (GeneralSecurityException | IllegalArgumentException | java.nio.BufferUnderflowException e) {
            throw new IllegalArgumentException("a sealed chat id that this key did not seal", e);
        }
    }

    /** A key of its own for sealing, so the HMAC key is never used for two purposes. */
    private static byte[] derive(byte[] secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(SEALING_PURPOSE.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK, yet it failed", e);
        }
    }
}
