package th.phakee.curation;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The GraphQL inputs of the curation mutations, and their conversion to bundle cells. */
final class Inputs {

    record PlanInput(String id, String nameTh, String nameEn, String level, String code, Integer startFY, Integer endFY,
            List<String> aliases, List<String> src) {
    }

    record ProjectInput(String id, String nameTh, String nameEn, String kind, Integer fiscalYear, List<String> aliases,
            List<String> src) {
    }

    record BudgetInput(String id, Long amountBaht, Integer fiscalYear, String source, String status, String category,
            String note, List<String> src, String funds, String payer) {
    }

    record AgencyInput(String id, String nameTh, String nameEn, String abbr, String kind, List<String> aliases,
            List<String> src) {
    }

    record LinkInput(String type, String from, String to, String role, String via, Boolean stated, String context,
            Integer fiscalYear, Integer count, String unit, List<String> src) {
    }

    private Inputs() {
    }

    /**
     * The fields given, as the bundle writes them (lists joined by {@code |}); absent fields are left out, so a
     * change keeps their stored value. {@code skip} names fields that are not columns (id, link ends …).
     */
    static Map<String, String> cells(Record input, Set<String> skip) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (RecordComponent component : input.getClass().getRecordComponents()) {
            if (skip.contains(component.getName())) {
                continue;
            }
            try {
                Object value = component.getAccessor().invoke(input);
                if (value instanceof List<?> list) {
                    cells.put(component.getName(), String.join("|", list.stream().map(String::valueOf).toList()));
                }
                else if (value != null) {
                    cells.put(component.getName(), value.toString());
                }
            }
            catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return cells;
    }
}
