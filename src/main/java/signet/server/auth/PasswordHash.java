package signet.server.auth;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashes for the users file: PBKDF2 with HMAC-SHA256, a random salt per password, in
 * the text form {@code pbkdf2-sha256:ITERATIONS:SALT:HASH} (salt and hash in Base64). The JDK has
 * PBKDF2 built in, so no library is needed; Jetty's own realm files only offer MD5 or crypt(3),
 * which a stolen file gives up in minutes. The iteration count is part of each hash, so raising
 * {@link #ITERATIONS} later leaves the hashes made before it valid.
 */
public final class PasswordHash {
    static final String SCHEME = "pbkdf2-sha256";
    /** OWASP's figure for PBKDF2-HMAC-SHA256 (2023): about a third of a second per check on one core here. */
    static final int ITERATIONS = 600_000;
    private static final int SALT_BYTES = 16, HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHash() {}

    /** A new hash of the password, with a fresh salt. */
    public static String hash(char[] password) {
        if (password.length == 0) throw new IllegalArgumentException("empty password");
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return SCHEME + ":" + ITERATIONS + ":" + b64(salt) + ":" + b64(derive(password, salt, ITERATIONS));
    }

    /** Whether the password matches the encoded hash; a malformed hash matches nothing. */
    public static boolean verify(char[] password, String encoded) {
        // constant time: how much of a guess is right must not show in the response time
        return parse(encoded).map(h -> MessageDigest.isEqual(derive(password, h.salt(), h.iterations()), h.hash())).orElse(false);
    }

    /** Whether a text is a hash of this form (checked when the users file is read). */
    static boolean isWellFormed(String encoded) {
        return parse(encoded).isPresent();
    }

    private record Parsed(int iterations, byte[] salt, byte[] hash) {}

    private static Optional<Parsed> parse(String encoded) {
        String[] parts = encoded.split(":");
        if (parts.length != 4 || !parts[0].equals(SCHEME)) return Optional.empty();
        try {
            Parsed p = new Parsed(Integer.parseInt(parts[1]), Base64.getDecoder().decode(parts[2]), Base64.getDecoder().decode(parts[3]));
            return p.iterations() > 0 && p.salt().length > 0 && p.hash().length * 8 == HASH_BITS ? Optional.of(p) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this JVM", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static String b64(byte[] b) {
        return Base64.getEncoder().withoutPadding().encodeToString(b);
    }

    /** Wipes a password from memory once it is no longer needed. */
    public static void clear(char[] password) {
        Arrays.fill(password, '\0');
    }
}
