package io.luodi.migration.engine.load;

/**
 * PostgreSQL's {@code hashtextextended(text, 0)} for a UTF-8 database and a deterministic collation: Bob Jenkins'
 * lookup3 as {@code hash_bytes_extended} in PostgreSQL's {@code common/hashfn.c} computes it on a little-endian
 * server. Java adds up source keys with it while they stream, the server adds up target keys with the built-in,
 * far cheaper for both than a cryptographic digest. Should the two ever differ (another server), the checksums
 * differ and reconciliation falls back to comparing the keys themselves, so the answer stays right.
 */
final class KeyHash {

    private KeyHash() {
    }

    static long of(byte[] k) {
        int len = k.length;
        int a = 0x9e3779b9 + len + 3923095;
        int b = a;
        int c = a;
        int i = 0;
        while (len >= 12) {
            a += word(k, i);
            b += word(k, i + 4);
            c += word(k, i + 8);
            // mix(a, b, c)
            a -= c; a ^= Integer.rotateLeft(c, 4); c += b;
            b -= a; b ^= Integer.rotateLeft(a, 6); a += c;
            c -= b; c ^= Integer.rotateLeft(b, 8); b += a;
            a -= c; a ^= Integer.rotateLeft(c, 16); c += b;
            b -= a; b ^= Integer.rotateLeft(a, 19); a += c;
            c -= b; c ^= Integer.rotateLeft(b, 4); b += a;
            i += 12;
            len -= 12;
        }
        // The last 11 bytes; the lowest byte of c stays clear, as in PostgreSQL.
        switch (len) {
            case 11: c += (k[i + 10] & 0xFF) << 24; // fall through
            case 10: c += (k[i + 9] & 0xFF) << 16; // fall through
            case 9: c += (k[i + 8] & 0xFF) << 8; // fall through
            case 8: b += (k[i + 7] & 0xFF) << 24; // fall through
            case 7: b += (k[i + 6] & 0xFF) << 16; // fall through
            case 6: b += (k[i + 5] & 0xFF) << 8; // fall through
            case 5: b += k[i + 4] & 0xFF; // fall through
            case 4: a += (k[i + 3] & 0xFF) << 24; // fall through
            case 3: a += (k[i + 2] & 0xFF) << 16; // fall through
            case 2: a += (k[i + 1] & 0xFF) << 8; // fall through
            case 1: a += k[i] & 0xFF; // fall through
            default: break;
        }
        // final(a, b, c)
        c ^= b; c -= Integer.rotateLeft(b, 14);
        a ^= c; a -= Integer.rotateLeft(c, 11);
        b ^= a; b -= Integer.rotateLeft(a, 25);
        c ^= b; c -= Integer.rotateLeft(b, 16);
        a ^= c; a -= Integer.rotateLeft(c, 4);
        b ^= a; b -= Integer.rotateLeft(a, 14);
        c ^= b; c -= Integer.rotateLeft(b, 24);
        return (long) b << 32 | c & 0xFFFFFFFFL;
    }

    private static int word(byte[] k, int at) {
        return (k[at] & 0xFF) | (k[at + 1] & 0xFF) << 8 | (k[at + 2] & 0xFF) << 16 | (k[at + 3] & 0xFF) << 24;
    }
}
