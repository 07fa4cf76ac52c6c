package th.phakee.money;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The dashboard's sums, kept as {@code :Tally} nodes beside the figures so that {@code summary} reads its answer
 * instead of adding up every figure of the graph on each request: for each fiscal year, the counted money by
 * province, region, plan level, agency and department, and by year, each with the level of money it is
 * (NATIONAL_FRAME or AGENCY) where the breakdown lets a caller choose it; and the plans by level. They are the sums
 * of what {@link MoneyModel} derives for each figure (countedFor, countedForRegion, countedForPlanLevel, counted,
 * creditedTo, creditedToDepartment), made in the same pass, so they cannot disagree with the figures.
 */
final class Tallies {

    /** What a tally adds up: the figure's derived value that is its key. */
    enum Dimension {
        /** countedFor: the province whose own money a figure is. */
        PROVINCE,
        /** countedForRegion: the CODI region all a figure's places lie in. */
        REGION,
        /** countedForPlanLevel: the plan level a figure counts at. */
        PLAN_LEVEL,
        /** counted figures by fiscal year (key: the year), by level of money. */
        YEAR,
        /** counted figures by the agency they are credited to, by level of money. */
        AGENCY,
        /** counted figures by the department or public organisation of that agency, by level of money. */
        DEPARTMENT,
        /** plans by level (no money, no year). */
        PLANS
    }

    /** The year of a tally of all fiscal years (so that every read of a year, or of all, is one index seek). */
    static final long ALL_YEARS = 0;

    /**
     * One tally's identity: what it adds up, its key, its fiscal year (Buddhist Era; {@link #ALL_YEARS} for all)
     * and its level of money (null where the breakdown has none).
     */
    record Key(Dimension dimension, String key, long year, String level) {

        /** A unique name, the node's key in the graph. */
        String name() {
            return dimension + "|" + key + "|" + year + "|" + (level == null ? "" : level);
        }
    }

    private final Map<Key, long[]> sums = new HashMap<>();

    /**
     * Adds one figure ({@code sign} 1), with the values the money model derived for it, or takes it out ({@code sign}
     * -1: a change's difference, where a figure's share as it was leaves the sums).
     */
    void add(long amount, long fiscalYear, Map<String, Object> derived, int sign) {
        String level = (String) derived.get("level");
        add(Dimension.PROVINCE, (String) derived.get("countedFor"), fiscalYear, null, amount, sign);
        add(Dimension.REGION, (String) derived.get("countedForRegion"), fiscalYear, null, amount, sign);
        add(Dimension.PLAN_LEVEL, (String) derived.get("countedForPlanLevel"), fiscalYear, null, amount, sign);
        if (Boolean.TRUE.equals(derived.get("counted"))) {
            add(Dimension.YEAR, String.valueOf(fiscalYear), fiscalYear, level, amount, sign);
            add(Dimension.AGENCY, (String) derived.get("creditedTo"), fiscalYear, level, amount, sign);
            add(Dimension.DEPARTMENT, (String) derived.get("creditedToDepartment"), fiscalYear, level, amount, sign);
        }
    }

    /** Counts one plan of {@code level} in ({@code sign} 1) or out (-1). */
    void addPlan(String level, int sign) {
        sums.computeIfAbsent(new Key(Dimension.PLANS, level, ALL_YEARS, null), k -> new long[2])[1] += sign;
    }

    /** Adds a figure to its year's tally and, but for the breakdown by year, to the tally of all years. */
    private void add(Dimension dimension, String key, long fiscalYear, String level, long amount, int sign) {
        if (key == null) {
            return;
        }
        for (long year : dimension == Dimension.YEAR ? new long[] { fiscalYear } : new long[] { fiscalYear, ALL_YEARS }) {
            long[] sum = sums.computeIfAbsent(new Key(dimension, key, year, level), k -> new long[2]);
            sum[0] = sign > 0 ? Math.addExact(sum[0], amount) : Math.subtractExact(sum[0], amount);
            sum[1] += sign;
        }
    }

    /** Adds {@code other}'s sums to these (a whole graph's, added up part by part). */
    void addAll(Tallies other) {
        other.sums.forEach((key, sum) -> {
            long[] mine = sums.computeIfAbsent(key, k -> new long[2]);
            mine[0] = Math.addExact(mine[0], sum[0]);
            mine[1] += sum[1];
        });
    }

    /** The names of the tallies these sums touch. */
    List<String> names() {
        return sums.keySet().stream().map(Key::name).sorted().toList();
    }

    /** What differs from the stored tallies ({@code name}, {@code year}, {@code baht}, {@code figures} of each). */
    MoneyModel.Changes changedFrom(List<Map<String, Object>> stored) {
        Map<String, Map<String, Object>> before = new HashMap<>();
        stored.forEach(row -> before.put((String) row.get("name"), row));
        List<Map<String, Object>> written = new ArrayList<>();
        // in name order, so that writers of the same change lock tallies in the same order
        Map<String, Key> byName = new TreeMap<>();
        sums.keySet().forEach(key -> byName.put(key.name(), key));
        byName.forEach((name, key) -> {
            long[] sum = sums.get(key);
            Map<String, Object> old = before.remove(name);
            if (old == null || !Objects.equals(number(old.get("baht")), sum[0]) || !Objects.equals(number(old.get("figures")), sum[1])
                    || !Objects.equals(number(old.get("year")), key.year())) {
                written.add(row(name, key, sum[0], sum[1]));
            }
        });
        return new MoneyModel.Changes(written, before.keySet().stream().sorted().toList());
    }

    /**
     * These sums as differences added to the stored tallies {@code stored} (those of {@link #names}; a tally not
     * stored is new): the tallies that changed, and those left with no figure (or plan), to remove.
     */
    MoneyModel.Changes addedTo(List<Map<String, Object>> stored) {
        Map<String, Map<String, Object>> before = new HashMap<>();
        stored.forEach(row -> before.put((String) row.get("name"), row));
        List<Map<String, Object>> written = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        Map<String, Key> byName = new TreeMap<>();
        sums.keySet().forEach(key -> byName.put(key.name(), key));
        byName.forEach((name, key) -> {
            long[] difference = sums.get(key);
            if (difference[0] == 0 && difference[1] == 0) {
                return;
            }
            Map<String, Object> old = before.get(name);
            long baht = Math.addExact(old == null ? 0 : number(old.get("baht")), difference[0]);
            long figures = Math.addExact(old == null ? 0 : number(old.get("figures")), difference[1]);
            if (figures <= 0) {
                if (old != null) {
                    removed.add(name);
                }
                return;
            }
            written.add(row(name, key, baht, figures));
        });
        return new MoneyModel.Changes(written, removed);
    }

    private static Map<String, Object> row(String name, Key key, long baht, long figures) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", name);
        row.put("dimension", key.dimension().name());
        row.put("key", key.key());
        row.put("year", key.year());
        row.put("level", key.level());
        row.put("baht", baht);
        row.put("figures", figures);
        return row;
    }

    private static Long number(Object value) {
        return value instanceof Number n ? n.longValue() : null;
    }
}
