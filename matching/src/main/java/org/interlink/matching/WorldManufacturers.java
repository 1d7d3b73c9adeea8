package org.interlink.matching;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** WMI decoding: region by first character, country by SAE-assigned ranges, manufacturer for common WMIs. */
final class WorldManufacturers {

    private static final Map<String, String> MANUFACTURERS = Map.ofEntries(
            Map.entry("1FA", "Ford"),
            Map.entry("1FT", "Ford"),
            Map.entry("1FM", "Ford"),
            Map.entry("3FA", "Ford"),
            Map.entry("1G1", "Chevrolet"),
            Map.entry("1GC", "Chevrolet"),
            Map.entry("2G1", "Chevrolet"),
            Map.entry("1GM", "Pontiac"),
            Map.entry("1G6", "Cadillac"),
            Map.entry("1C3", "Chrysler"),
            Map.entry("1C4", "Chrysler"),
            Map.entry("1J4", "Jeep"),
            Map.entry("1HG", "Honda"),
            Map.entry("2HG", "Honda"),
            Map.entry("JHM", "Honda"),
            Map.entry("1N4", "Nissan"),
            Map.entry("JN1", "Nissan"),
            Map.entry("4T1", "Toyota"),
            Map.entry("JT2", "Toyota"),
            Map.entry("JTD", "Toyota"),
            Map.entry("5YJ", "Tesla"),
            Map.entry("7SA", "Tesla"),
            Map.entry("1M8", "Motor Coach Industries"),
            Map.entry("JM1", "Mazda"),
            Map.entry("JF1", "Subaru"),
            Map.entry("JS1", "Suzuki"),
            Map.entry("KMH", "Hyundai"),
            Map.entry("KNA", "Kia"),
            Map.entry("KND", "Kia"),
            Map.entry("WVW", "Volkswagen"),
            Map.entry("WV2", "Volkswagen"),
            Map.entry("WAU", "Audi"),
            Map.entry("WBA", "BMW"),
            Map.entry("WBS", "BMW M"),
            Map.entry("WDB", "Mercedes-Benz"),
            Map.entry("WDD", "Mercedes-Benz"),
            Map.entry("W1K", "Mercedes-Benz"),
            Map.entry("WP0", "Porsche"),
            Map.entry("WF0", "Ford Germany"),
            Map.entry("W0L", "Opel"),
            Map.entry("VF1", "Renault"),
            Map.entry("VF3", "Peugeot"),
            Map.entry("VF7", "Citroen"),
            Map.entry("VSS", "SEAT"),
            Map.entry("TMB", "Skoda"),
            Map.entry("ZFA", "Fiat"),
            Map.entry("ZAR", "Alfa Romeo"),
            Map.entry("ZFF", "Ferrari"),
            Map.entry("YV1", "Volvo"),
            Map.entry("YS3", "Saab"),
            Map.entry("SAL", "Land Rover"),
            Map.entry("SAJ", "Jaguar"),
            Map.entry("SCC", "Lotus"),
            Map.entry("XTA", "Lada (AvtoVAZ)"),
            Map.entry("LSV", "SAIC Volkswagen"),
            Map.entry("LFV", "FAW-Volkswagen"),
            Map.entry("LVS", "Changan Ford"),
            Map.entry("MA1", "Mahindra"),
            Map.entry("MAT", "Tata"),
            Map.entry("NMT", "Toyota Turkey"),
            Map.entry("9BW", "Volkswagen Brazil"),
            Map.entry("8AP", "Fiat Argentina"),
            Map.entry("6T1", "Toyota Australia"),
            Map.entry("AHT", "Toyota South Africa"));

    private WorldManufacturers() {}

    static String region(char first) {
        if (first >= 'A' && first <= 'H') {
            return "Africa";
        }
        if (first >= 'J' && first <= 'R') {
            return "Asia";
        }
        if (first >= 'S' && first <= 'Z') {
            return "Europe";
        }
        if (first >= '1' && first <= '5') {
            return "North America";
        }
        if (first == '6' || first == '7') {
            return "Oceania";
        }
        if (first == '8' || first == '9') {
            return "South America";
        }
        return "unknown";
    }

    /** Country for the common SAE ranges of the first two characters; null where the range is not listed. */
    static @Nullable String country(char a, char b) {
        return switch (a) {
            case '1', '4', '5' -> "United States";
            case '2' -> "Canada";
            case '3' -> b >= 'A' && b <= 'W' ? "Mexico" : null;
            case 'J' -> "Japan";
            case 'K' -> b >= 'L' && b <= 'R' ? "South Korea" : null;
            case 'L' -> "China";
            case 'M' -> b >= 'A' && b <= 'E' ? "India" : null;
            case 'N' -> b >= 'L' && b <= 'R' ? "Turkey" : null;
            case 'S' -> b >= 'A' && b <= 'M' ? "United Kingdom" : null;
            case 'T' -> b >= 'J' && b <= 'P' ? "Czech Republic" : b >= 'A' && b <= 'H' ? "Switzerland" : null;
            case 'V' -> b >= 'F' && b <= 'R' ? "France" : b >= 'S' && b <= 'W' ? "Spain" : null;
            case 'W' -> "Germany";
            case 'X' -> b >= 'S' && b <= 'W' ? "Russia" : null;
            case 'Y' -> b >= 'S' && b <= 'W' ? "Sweden" : null;
            case 'Z' -> b >= 'A' && b <= 'R' ? "Italy" : null;
            case '6' -> b >= 'A' && b <= 'W' ? "Australia" : null;
            case '9' -> b >= 'A' && b <= 'E' ? "Brazil" : null;
            case '8' -> b >= 'A' && b <= 'E' ? "Argentina" : null;
            case 'A' -> b >= 'A' && b <= 'H' ? "South Africa" : null;
            default -> null;
        };
    }

    static @Nullable String manufacturer(String wmi) {
        return MANUFACTURERS.get(wmi);
    }
}
