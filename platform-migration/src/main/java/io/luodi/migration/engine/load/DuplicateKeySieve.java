package io.luodi.migration.engine.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Notices, while rows stream past, which keys may occur more than once, in a fixed 16 MiB whatever the file's
 * size: a Bloom filter over the keys. A key it has never seen cannot be a duplicate; a key it may have seen becomes
 * a suspect. After the COPY only the suspects' rows need grouping, instead of every row of the file, and a clean
 * file needs no de-duplication step at all.
 * <p>
 * Keys are hashed in a form that may merge values PostgreSQL tells apart (case, trailing blanks, trailing zeros)
 * but never splits values it finds equal: a false suspect costs a little work, a missed one would keep a duplicate.
 * Values whose equality the sieve cannot vouch for (a string key in a date column, say) turn it off, and then
 * every key is grouped in SQL as without it.
 */
final class DuplicateKeySieve {

    /** Beyond this many suspects the list costs more than grouping every key: give up and group them all. */
    static final int MAX_SUSPECTS = 100_000;

    /** 2<sup>27</sup> bits, 16 MiB. */
    static final int BITS_LOG2 = 27;
    private static final int PROBES = 7;

    /** What {@link #sight} found. */
    enum Sight { NEW, MAYBE_SEEN, UNKNOWN }

    private final int[] keyPositions;
    private final boolean[] textColumns;
    private final long bitMask;
    private final long[] bits;
    private long hash;
    private final Set<List<Object>> suspects = new HashSet<>();
    private boolean usable;

    /**
     * @param keyPositions where the key columns are among the row values
     * @param textColumns per key column: true for a text column (text, varchar, char), false for an
     *                    integer one; any other column type makes the sieve unusable from the start (numeric
     *                    keys included: the column's scale rounds values the sieve would tell apart)
     */
    DuplicateKeySieve(int[] keyPositions, boolean[] textColumns, boolean usable) {
        this(keyPositions, textColumns, usable, BITS_LOG2);
    }

    /** @param bitsLog2 the filter's size as a power of two of bits, at least 6; tests make it tiny to force false positives */
    DuplicateKeySieve(int[] keyPositions, boolean[] textColumns, boolean usable, int bitsLog2) {
        this.keyPositions = keyPositions.clone();
        this.textColumns = textColumns.clone();
        this.usable = usable;
        this.bitMask = (1L << bitsLog2) - 1;
        this.bits = new long[1 << (bitsLog2 - 6)];
    }

    static DuplicateKeySieve of(LoadLayout layout) {
        return of(layout, BITS_LOG2);
    }

    static DuplicateKeySieve of(LoadLayout layout, int bitsLog2) {
        int[] positions = new int[layout.key().size()];
        boolean[] text = new boolean[positions.length];
        boolean usable = layout.dedupe() != null;
        for (int i = 0; i < positions.length; i++) {
            String column = layout.key().get(i);
            positions[i] = layout.columns().indexOf(column);
            String type = layout.table().column(column).orElseThrow().type();
            text[i] = type.equals("text") || type.startsWith("character");
            usable &= text[i] || type.equals("smallint") || type.equals("integer") || type.equals("bigint");
        }
        return new DuplicateKeySieve(positions, text, usable, bitsLog2);
    }

    void offer(List<Object> values) {
        if (!usable) {
            return;
        }
        if (!hash(values)) {
            usable = false;
            return;
        }
        if (probe()) {
            List<Object> key = new ArrayList<>(keyPositions.length);
            for (int position : keyPositions) {
                key.add(values.get(position));
            }
            suspects.add(key);
            usable = suspects.size() <= MAX_SUSPECTS;
        }
    }

    /**
     * For a load that streams straight into the target: records the row's key and says whether it may have come
     * before, keeping no suspects (the caller diverts such rows itself). {@link Sight#UNKNOWN} when the key holds
     * a value the sieve cannot compare; that key is not recorded, and the caller must treat every later row as
     * possibly seen, since one of them may equal it.
     */
    Sight sight(List<Object> values) {
        if (!hash(values)) {
            return Sight.UNKNOWN;
        }
        return probe() ? Sight.MAYBE_SEEN : Sight.NEW;
    }

    /** Hashes the key of the row into {@link #hash}; false when a value cannot be compared. */
    private boolean hash(List<Object> values) {
        long h = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < keyPositions.length; i++) {
            String normal = normal(values.get(keyPositions[i]), textColumns[i]);
            if (normal == null) {
                return false;
            }
            for (int c = 0; c < normal.length(); c++) {
                h = (h ^ normal.charAt(c)) * 0x100000001B3L;
            }
            h = mix(h ^ 0x1F); // a separator between key columns: ("ab","c") differs from ("a","bc")
        }
        hash = h;
        return true;
    }

    /** Sets the bits of {@link #hash}; true when all of them were set already. */
    private boolean probe() {
        long second = mix(hash ^ 0x5851F42D4C957F2DL) | 1;
        boolean seen = true;
        for (int probe = 0; probe < PROBES; probe++) {
            long bit = (hash + probe * second) & bitMask;
            int word = (int) (bit >>> 6);
            long mask = 1L << bit;
            seen &= (bits[word] & mask) != 0;
            bits[word] |= mask;
        }
        return seen;
    }

    /** True when the sieve saw every key and can name the only keys that may repeat. */
    boolean usable() {
        return usable;
    }

    /** The keys that may repeat (each as its column values); meaningful only while {@link #usable()}. */
    Collection<List<Object>> suspects() {
        return suspects;
    }

    /** A form equal for every pair of values PostgreSQL finds equal; null when the sieve cannot tell. */
    private static String normal(Object value, boolean textColumn) {
        if (value == null) {
            return "\u0000"; // null keys never equal each other in SQL; one bucket merges them harmlessly
        }
        if (textColumn) {
            // char(n) ignores trailing blanks and a case-insensitive collation ignores case: merge both.
            return value instanceof String text ? text.stripTrailing().toLowerCase(Locale.ROOT) : null;
        }
        return value instanceof Long || value instanceof Integer ? value.toString() : null;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB93FE1A85A53L;
        return z ^ (z >>> 33);
    }
}
