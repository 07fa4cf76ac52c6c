package th.phakee.graph;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A keyset cursor: the sort key and id of the last item of a page, so the next page starts after that item
 * whatever was inserted meanwhile (an offset would shift). Opaque to clients: base64url of a small JSON array.
 */
public record KeysetCursor(Object key, String id) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public String encode() {
        try {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(JSON.writeValueAsBytes(List.of(key, id)));
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The cursor, or {@link InvalidRequestException} naming the argument. */
    public static KeysetCursor decode(String cursor, String argument) {
        try {
            List<?> parts = JSON.readValue(Base64.getUrlDecoder().decode(cursor), List.class);
            if (parts.size() != 2 || !(parts.get(1) instanceof String id)) {
                throw new IllegalArgumentException();
            }
            Object key = parts.get(0) instanceof Integer i ? Long.valueOf(i) : parts.get(0);
            return new KeysetCursor(key, id);
        }
        catch (IllegalArgumentException | java.io.IOException e) {
            throw new InvalidRequestException("Argument '" + argument
                    + "' is not a cursor returned by this API; take endCursor from the previous page.");
        }
    }
}
