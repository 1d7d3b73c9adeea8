package org.interlink.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * The readings of a Han character from Unihan ({@code han-readings.tsv.gz}, derived by {@code
 * UnihanReadingsGenerator}; Unicode licence in {@code han-readings.LICENSE.txt}): Mandarin pinyin without tones (ü
 * written v), Cantonese Jyutping without tones, Korean Hangul (the reading listed for personal names first), Japanese
 * on and kun readings. About 26,700 characters, held as one sorted {@code int[]} of code points and one line each
 * (about 2 MB), loaded on first use; the fields of a line are split when a name asks for them.
 */
final class HanReadings {

    static final int MANDARIN = 0;
    static final int CANTONESE = 1;
    static final int HANGUL = 2;
    static final int JAPANESE_ON = 3;
    static final int JAPANESE_KUN = 4;

    private HanReadings() {}

    private static final class Table {
        static final int[] CODE_POINTS;
        static final String[] LINES;

        static {
            List<String> lines = new ArrayList<>(27_000);
            try (InputStream raw = HanReadings.class.getResourceAsStream("han-readings.tsv.gz");
                    BufferedReader in = new BufferedReader(
                            new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("han-readings.tsv.gz", e);
            }
            CODE_POINTS = new int[lines.size()];
            LINES = new String[lines.size()];
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                int cp = line.codePointAt(0);
                CODE_POINTS[i] = cp;
                LINES[i] = line.substring(Character.charCount(cp) + 1).intern();
            }
        }
    }

    /** Whether Unihan gives the character a Mandarin reading (every Han character a name uses). */
    static boolean known(int cp) {
        return Arrays.binarySearch(Table.CODE_POINTS, cp) >= 0;
    }

    /** The character's readings of one kind ({@link #MANDARIN}…{@link #JAPANESE_KUN}), most usual first; may be empty. */
    static String[] of(int cp, int kind) {
        String line = line(cp);
        if (line == null) {
            return new String[0];
        }
        String field = line.split("\t", -1)[kind];
        return field.isEmpty() ? new String[0] : field.split(" ");
    }

    /** The character's usual reading of one kind, or {@code null}. */
    static @Nullable String first(int cp, int kind) {
        String[] r = of(cp, kind);
        return r.length == 0 ? null : r[0];
    }

    private static @Nullable String line(int cp) {
        int i = Arrays.binarySearch(Table.CODE_POINTS, cp);
        return i < 0 ? null : Table.LINES[i];
    }
}
