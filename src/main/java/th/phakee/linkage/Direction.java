package th.phakee.linkage;

/** Which way {@code linkage} walks (GraphQL enum {@code Direction}). */
enum Direction {
    /** Towards the higher plans: child → parent, lower → higher, project → plan, budget → what it funds. */
    UP,
    /** Towards the lower plans, projects and money. */
    DOWN,
    BOTH;

    boolean up() {
        return this != DOWN;
    }

    boolean down() {
        return this != UP;
    }
}
