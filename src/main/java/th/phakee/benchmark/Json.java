package th.phakee.benchmark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON for the benchmark's HTTP clients. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static String quote(String text) {
        return write(text);
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Object read(String text) {
        try {
            return MAPPER.readValue(text, Object.class);
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("Not JSON: " + text.substring(0, Math.min(200, text.length())), e);
        }
    }
}
