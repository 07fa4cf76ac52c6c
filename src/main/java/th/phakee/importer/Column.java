package th.phakee.importer;

import java.util.List;

/** One column of a bundle file: its name (also the graph property), its type and whether a row must fill it. */
record Column(String name, ValueType type, boolean required, List<String> allowed) {

    static Column required(String name, ValueType type) {
        return new Column(name, type, true, List.of());
    }

    static Column optional(String name, ValueType type) {
        return new Column(name, type, false, List.of());
    }

    static Column requiredEnum(String name, String... allowed) {
        return new Column(name, ValueType.ENUM, true, List.of(allowed));
    }

    static Column optionalEnum(String name, String... allowed) {
        return new Column(name, ValueType.ENUM, false, List.of(allowed));
    }
}
