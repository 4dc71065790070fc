package io.luodi.migration.engine.source;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * The encoding of a text file: the name the user sees, the charset that decodes it and how many bytes of
 * byte-order mark to skip.
 */
record TextEncoding(String name, Charset charset, int bomLength) {

    static final String UTF_8 = "UTF-8";
    static final String GBK = "GBK";
    static final String GB18030 = "GB18030";

    /** The encoding a user named in a plan, for a file without a byte-order mark. */
    static TextEncoding named(String name) {
        return new TextEncoding(name.toUpperCase(Locale.ROOT), charsetFor(name), 0);
    }

    /**
     * GBK and GB2312 are decoded as GB18030, their superset: a file called GBK often holds a few four-byte
     * characters (rare characters in names) that a GBK decoder would turn into garbage.
     */
    static Charset charsetFor(String name) {
        String upper = name.trim().toUpperCase(Locale.ROOT);
        if (upper.equals(GBK) || upper.equals("GB2312") || upper.equals("CP936") || upper.equals(GB18030)) {
            return Charset.forName(GB18030);
        }
        try {
            return Charset.forName(name.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new SourceFileException("migration.source.unknownEncoding", name);
        }
    }

    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
