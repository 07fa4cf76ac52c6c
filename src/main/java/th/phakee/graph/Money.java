package th.phakee.graph;

import java.math.BigDecimal;

/** An exact amount of money (GraphQL type {@code Money}): whole baht, never a float. */
public record Money(long baht) {

    public static final Money ZERO = new Money(0);

    /** The amount in million baht as an exact decimal string: 5834104700 → "5834.1047". */
    public String millionBaht() {
        return BigDecimal.valueOf(baht).movePointLeft(6).stripTrailingZeros().toPlainString();
    }
}
