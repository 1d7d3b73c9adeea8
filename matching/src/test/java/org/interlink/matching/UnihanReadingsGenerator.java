package org.interlink.matching;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Generates {@code matching/src/main/resources/org/interlink/matching/han-readings.tsv.gz} from Unihan's readings as
 * Debian's {@code unicode-data} package ships them ({@value #DEBIAN_FILE}, read through {@code bzcat}). Run from the
 * repository root after {@code ./mvnw -pl matching test-compile}:
 *
 * <pre>
 * java -cp matching/target/classes:matching/target/test-classes org.interlink.matching.UnihanReadingsGenerator \
 *     /usr/share/unicode/Unihan_Readings.txt.bz2 matching/src/main/resources/org/interlink/matching/han-readings.tsv.gz
 * </pre>
 *
 * <p>Kept: the characters of the BMP's CJK blocks (unified, extension A, compatibility) that have a Mandarin reading,
 * and per character, toneless and lower-case: the kMandarin readings then kHanyuPinyin's others, three at most (ü
 * written v), the kCantonese Jyutping readings,
 * the kHangul readings (those marked for personal names first) and up to two kJapaneseOn and two kJapaneseKun
 * readings. One line per character: {@code char TAB mandarin TAB cantonese TAB hangul TAB on TAB kun}, several readings
 * separated by spaces. {@code HanReadingsResourceTest} regenerates it and compares.
 */
final class UnihanReadingsGenerator {

    static final String DEBIAN_FILE = "/usr/share/unicode/Unihan_Readings.txt.bz2";

    private static final List<String> FIELDS =
            List.of("kMandarin", "kCantonese", "kHangul", "kJapaneseOn", "kJapaneseKun");

    /** Further Mandarin readings (literary and variant ones: 白 bái and bó, as in Li Po), after kMandarin's. */
    private static final String HANYU_PINYIN = "kHanyuPinyin";

    private static final int MAX_MANDARIN_READINGS = 3;

    private UnihanReadingsGenerator() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        Files.write(Path.of(args[1]), gzip(generate(Path.of(args[0]))));
    }

    /** The resource's text (before gzip) from the bzip2-compressed Unihan readings file. */
    static String generate(Path unihanBz2) throws IOException, InterruptedException {
        Map<Integer, String[]> byChar = new TreeMap<>();
        Process bzcat = new ProcessBuilder("bzcat", unihanBz2.toString()).start();
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(bzcat.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.startsWith("U+")) {
                    continue;
                }
                String[] f = line.split("\t", 3);
                int field = FIELDS.indexOf(f[1]);
                if (field < 0 && !f[1].equals(HANYU_PINYIN)) {
                    continue;
                }
                int cp = Integer.parseInt(f[0].substring(2), 16);
                if (!kept(cp)) {
                    continue;
                }
                String[] r = byChar.computeIfAbsent(cp, c -> new String[FIELDS.size() + 1]);
                if (field < 0) {
                    r[FIELDS.size()] = f[2].replaceAll("[0-9.]+:", "").replace(',', ' ');
                } else {
                    r[field] = readings(field, f[2]);
                }
            }
        }
        if (bzcat.waitFor() != 0) {
            throw new IOException("bzcat " + unihanBz2 + " failed");
        }
        StringBuilder out = new StringBuilder();
        for (Map.Entry<Integer, String[]> e : byChar.entrySet()) {
            String[] r = e.getValue();
            if (r[0] == null) {
                continue;
            }
            if (r[FIELDS.size()] != null) {
                Set<String> mandarin = new LinkedHashSet<>(List.of(r[0].split(" ")));
                for (String v : r[FIELDS.size()].split(" ")) {
                    if (mandarin.size() < MAX_MANDARIN_READINGS) {
                        mandarin.add(toneless(v));
                    }
                }
                r[0] = String.join(" ", mandarin);
            }
            out.appendCodePoint(e.getKey());
            for (int i = 0; i < FIELDS.size(); i++) {
                out.append('\t').append(r[i] == null ? "" : r[i]);
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static boolean kept(int cp) {
        return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0xF900 && cp <= 0xFAFF);
    }

    private static String readings(int field, String value) {
        Set<String> out = new LinkedHashSet<>();
        List<String> later = new ArrayList<>();
        for (String v : value.split(" ")) {
            switch (FIELDS.get(field)) {
                case "kMandarin" -> out.add(toneless(v));
                case "kCantonese" -> out.add(v.replaceAll("[0-9]", ""));
                case "kHangul" -> {
                    // "김:0N": the letters after the colon say where the reading is listed; N is the list of Hanja
                    // for personal names, which is the reading a name needs (金 is 김 Kim in names, 금 otherwise).
                    String[] parts = v.split(":");
                    (parts.length > 1 && parts[1].contains("N") ? out : later).add(parts[0]);
                }
                default -> {
                    if (out.size() < 2) {
                        out.add(v.toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        out.addAll(later);
        return String.join(" ", out);
    }

    private static String toneless(String pinyin) {
        String s = pinyin.replaceAll("[üǖǘǚǜ]", "v");
        return Normalizer.normalize(s, Normalizer.Form.NFD)
                .replaceAll("\\p{Mn}", "")
                .toLowerCase(Locale.ROOT);
    }

    static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
