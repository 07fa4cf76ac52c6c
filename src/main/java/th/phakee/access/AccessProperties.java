package th.phakee.access;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code phakee.access.*}: whether anonymous callers may read, and the API keys. A key is configured by its name,
 * role and the SHA-256 of its secret (hex), never the secret itself:
 * {@code java -jar phakee.jar hash-key SECRET} prints the hash.
 */
@ConfigurationProperties("phakee.access")
public record AccessProperties(Boolean anonymousRead, List<ApiKey> keys) {

    public record ApiKey(String name, Role role, String sha256) {
    }

    public AccessProperties {
        anonymousRead = anonymousRead == null || anonymousRead;
        keys = keys == null ? List.of() : List.copyOf(keys);
    }
}
