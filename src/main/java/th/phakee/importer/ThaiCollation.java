package th.phakee.importer;

import java.util.HexFormat;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

/**
 * Thai dictionary order for names. Neo4j compares strings by code point, which sorts every name that starts with
 * a leading vowel (เ แ โ ใ ไ) after all the consonants; a Thai dictionary files เชียงใหม่ under ช. The importer
 * stores, beside each name, its ICU collation key as hex text ({@code sortKey}): ordinary string order on the key
 * is Thai order on the name, and an index on it serves ORDER BY and keyset cursors.
 */
public final class ThaiCollation {

    private static final ThreadLocal<Collator> COLLATOR = ThreadLocal.withInitial(() -> {
        Collator collator = Collator.getInstance(new ULocale("th_TH"));
        collator.setStrength(Collator.TERTIARY);
        return collator;
    });

    private ThaiCollation() {
    }

    public static String sortKey(String name) {
        if (name == null) {
            return null;
        }
        byte[] key = COLLATOR.get().getCollationKey(name).toByteArray();
        // the key ends with a 0 terminator, which carries no order
        int length = key.length > 0 && key[key.length - 1] == 0 ? key.length - 1 : key.length;
        return HexFormat.of().formatHex(key, 0, length);
    }
}
