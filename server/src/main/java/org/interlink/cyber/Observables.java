package org.interlink.cyber;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The normal forms of observable values, so that an indicator's value and a checked value meet on one key: IP
 * addresses in canonical form (and CIDR ranges as network and prefix), domains in lower case without a final dot,
 * URLs with a lower-case scheme and host, no default port and no fragment, hashes in lower-case hex, e-mail addresses
 * in lower case, wallet addresses as given. Pure.
 */
final class Observables {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final Pattern HEX = Pattern.compile("[0-9A-Fa-f]+");
    private static final Pattern DOMAIN =
            Pattern.compile("([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?\\.)+[a-z][a-z0-9-]{0,62}[a-z0-9]");
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://.*");

    private Observables() {}

    /** A CIDR range or a single address (prefix = the address's bit length). */
    record Network(byte[] address, int prefix) {

        /** The index key of this network: family, prefix and the masked address in hex. */
        String key() {
            StringBuilder key = new StringBuilder(address.length == 4 ? "ip4/" : "ip6/")
                    .append(prefix)
                    .append('/');
            byte[] masked = mask(address, prefix);
            for (byte b : masked) {
                key.append(String.format("%02x", b & 0xff));
            }
            return key.toString();
        }
    }

    /** The index key of an indicator's value, or null when the value is not one checks can find. */
    static @Nullable String indexKey(String type, String value) {
        return switch (type) {
            case "ipv4-addr", "ipv6-addr" -> {
                Network network = network(value);
                yield network == null ? null : network.key();
            }
            case "domain-name" -> {
                String domain = domain(value);
                yield domain == null ? null : "domain/" + domain;
            }
            case "url" -> "url/" + url(value);
            case "email-addr" -> "email/" + value.strip().toLowerCase(Locale.ROOT);
            case "file:hashes" -> "hash/" + value.strip().toLowerCase(Locale.ROOT);
            case "cryptocurrency-wallet" -> "wallet/" + value.strip();
            default -> null;
        };
    }

    /** One key a checked value is looked up under, and how it relates to the value. */
    record Lookup(String key, String how) {}

    /**
     * Every key a checked value may match, the exact ones first: an address matches its own key and every CIDR range
     * containing it ({@code prefixes}: the prefix lengths the index holds), a domain matches itself and every parent
     * domain of two labels or more, a URL matches itself and its host.
     */
    static List<Lookup> lookups(String raw, Set<Integer> prefixes4, Set<Integer> prefixes6) {
        String value = raw.strip();
        Set<Lookup> lookups = new LinkedHashSet<>();
        Network network = network(value);
        if (network != null) {
            addresses(network, prefixes4, prefixes6, lookups);
        } else if (SCHEME.matcher(value).matches()) {
            lookups.add(new Lookup("url/" + url(value), "EXACT"));
            String host = host(value);
            if (host != null) {
                Network hostAddress = network(host);
                if (hostAddress != null) {
                    addresses(hostAddress, prefixes4, prefixes6, lookups);
                } else {
                    domains(host, "URL_HOST", lookups);
                }
            }
        } else if (value.contains("@")) {
            lookups.add(new Lookup("email/" + value.toLowerCase(Locale.ROOT), "EXACT"));
        } else {
            if (HEX.matcher(value).matches() && List.of(32, 40, 64, 128).contains(value.length())) {
                lookups.add(new Lookup("hash/" + value.toLowerCase(Locale.ROOT), "EXACT"));
            }
            domains(value, "SUBDOMAIN", lookups);
        }
        lookups.add(new Lookup("wallet/" + value, "EXACT"));
        return new ArrayList<>(lookups);
    }

    private static void addresses(Network address, Set<Integer> prefixes4, Set<Integer> prefixes6, Set<Lookup> out) {
        int bits = address.address().length * 8;
        out.add(new Lookup(new Network(address.address(), bits).key(), "EXACT"));
        for (int prefix : bits == 32 ? prefixes4 : prefixes6) {
            if (prefix < bits) {
                out.add(new Lookup(new Network(address.address(), prefix).key(), "CIDR"));
            }
        }
    }

    private static void domains(String value, String how, Set<Lookup> out) {
        String domain = domain(value);
        if (domain == null) {
            return;
        }
        out.add(new Lookup("domain/" + domain, how.equals("URL_HOST") ? how : "EXACT"));
        int dot = domain.indexOf('.');
        while (dot >= 0 && domain.indexOf('.', dot + 1) >= 0) {
            domain = domain.substring(dot + 1);
            out.add(new Lookup("domain/" + domain, how));
            dot = domain.indexOf('.');
        }
    }

    /** An IPv4 or IPv6 address or CIDR range, or null. Never resolves a name. */
    static @Nullable Network network(String value) {
        String text = value.strip();
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        boolean v4 = IPV4.matcher(address).matches();
        if (!v4 && !IPV6.matcher(address).matches()) {
            return null;
        }
        if (v4) {
            for (String part : address.split("\\.")) {
                if (Integer.parseInt(part) > 255) {
                    return null;
                }
            }
        }
        byte[] bytes;
        try {
            bytes = InetAddress.getByName(address).getAddress(); // a literal: no lookup (checked above)
        } catch (UnknownHostException e) {
            return null;
        }
        int bits = bytes.length * 8;
        int prefix = bits;
        if (slash >= 0) {
            String length = text.substring(slash + 1);
            if (!length.matches("\\d{1,3}") || Integer.parseInt(length) > bits) {
                return null;
            }
            prefix = Integer.parseInt(length);
        }
        return new Network(bytes, prefix);
    }

    static byte[] mask(byte[] address, int prefix) {
        byte[] masked = address.clone();
        for (int i = 0; i < masked.length; i++) {
            int keep = Math.max(0, Math.min(8, prefix - i * 8));
            masked[i] = (byte) (masked[i] & (0xff << (8 - keep)));
        }
        return masked;
    }

    static @Nullable String domain(String value) {
        String domain = value.strip().toLowerCase(Locale.ROOT);
        if (domain.endsWith(".")) {
            domain = domain.substring(0, domain.length() - 1);
        }
        return DOMAIN.matcher(domain).matches() ? domain : null;
    }

    /** A URL's normal form; a URL that does not parse is kept as given, stripped. */
    static String url(String value) {
        String text = value.strip();
        try {
            URI uri = new URI(text);
            if (uri.getScheme() == null || uri.getRawAuthority() == null) {
                return text;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null
                    ? uri.getRawAuthority().toLowerCase(Locale.ROOT)
                    : uri.getHost().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort =
                    port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return scheme + "://" + (uri.getRawUserInfo() == null ? "" : uri.getRawUserInfo() + "@") + host
                    + (defaultPort ? "" : ":" + port) + path
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (URISyntaxException e) {
            return text;
        }
    }

    private static @Nullable String host(String url) {
        try {
            String host = new URI(url.strip()).getHost();
            if (host != null && host.startsWith("[") && host.endsWith("]")) {
                host = host.substring(1, host.length() - 1);
            }
            return host;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
