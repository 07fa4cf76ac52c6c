package th.phakee.summary;

import th.phakee.graph.Money;

/** Money under a key (GraphQL type {@code KeyedMoney}). */
public record KeyedMoney(String key, String name, Money total, int figures) {
}
