package th.phakee.read;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The bounds on what one request may cost, checked before it runs (depth, cost) or while it runs (time, memory,
 * size of the answer), so that no request, however written, makes the service unavailable to others.
 *
 * @param maxDepth deepest nesting of fields a request may have
 * @param maxCost most objects a request may ask for (GitHub allows 500,000): each list field multiplies what is under it by its
 *        {@code first} argument or its assumed size ({@code @listSize} in the schema, else {@code defaultListSize})
 * @param defaultListSize assumed length of a list field that has neither {@code first} nor {@code @listSize}
 * @param timeout longest a read transaction may run in Neo4j before it is stopped
 * @param maxValues most values (objects, list items, scalars) one answer may hold
 * @param maxTextLength longest text argument accepted (characters)
 */
@ConfigurationProperties("phakee.read")
public record ReadLimits(Integer maxDepth, Integer maxCost, Integer defaultListSize, Duration timeout, Integer maxValues,
        Integer maxTextLength) {

    public ReadLimits {
        maxDepth = maxDepth == null ? 15 : maxDepth;
        maxCost = maxCost == null ? 500_000 : maxCost;
        defaultListSize = defaultListSize == null ? 20 : defaultListSize;
        timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
        maxValues = maxValues == null ? 500_000 : maxValues;
        maxTextLength = maxTextLength == null ? 1000 : maxTextLength;
    }
}
