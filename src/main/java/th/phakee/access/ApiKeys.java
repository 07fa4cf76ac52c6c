package th.phakee.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** Resolves a presented API key to its caller by comparing SHA-256 hashes in constant time. */
@Component
@EnableConfigurationProperties(AccessProperties.class)
public class ApiKeys {

    private final AccessProperties properties;

    ApiKeys(AccessProperties properties) {
        this.properties = properties;
    }

    public Optional<Caller> caller(String secret) {
        byte[] presented = sha256(secret);
        return properties.keys().stream()
                .filter(key -> key.sha256() != null
                        && MessageDigest.isEqual(presented, HexFormat.of().parseHex(key.sha256().strip().toLowerCase())))
                .findFirst()
                .map(key -> new Caller(key.name(), key.role() == null ? Role.READER : key.role()));
    }

    public boolean anonymousRead() {
        return properties.anonymousRead();
    }

    public static String hash(String secret) {
        return HexFormat.of().formatHex(sha256(secret));
    }

    private static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
