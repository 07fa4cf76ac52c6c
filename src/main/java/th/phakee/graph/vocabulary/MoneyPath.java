package th.phakee.graph.vocabulary;

/**
 * How money reaches a plan in a roll-up: through what is part of it or under it (PART_OF, UNDER), or through what
 * links to it or to something under it (LINKS_TO) (GraphQL enum {@code MoneyPath}).
 */
public enum MoneyPath {
    STRUCTURE, LINKS
}
