package org.interlink.cyber;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A parsed STIX 2.1 pattern (STIX 2.1 specification, section 9): observation expressions joined by {@code AND},
 * {@code OR} and {@code FOLLOWEDBY}, with the qualifiers {@code WITHIN n SECONDS}, {@code REPEATS n TIMES} and {@code
 * START t'…' STOP t'…'}; inside brackets, comparison expressions joined by {@code AND} and {@code OR}, with the
 * operators {@code = != < <= > >= IN LIKE MATCHES ISSUBSET ISSUPERSET EXISTS} and {@code NOT}.
 *
 * <p>Only the parts a check needs are kept: every comparison, so that {@link #values()} can list the (type, value)
 * pairs an indicator names. Example: {@code [ipv4-addr:value = '203.0.113.7'] OR [domain-name:value IN ('a.example',
 * 'b.example')]} has the values {@code (ipv4-addr, 203.0.113.7), (domain-name, a.example), (domain-name, b.example)}.
 *
 * @param comparisons every comparison of the pattern, in order
 */
record StixPattern(List<Comparison> comparisons) {

    /** One comparison: {@code type:path op value(s)}. */
    record Comparison(String objectType, String path, String operator, boolean negated, List<String> values) {}

    /** A (STIX object type, value) pair a check can find: e.g. {@code ("file:hashes", "ef53…")}. */
    record Value(String type, String value) {}

    /** A pattern that does not parse: the message says what was expected and where. */
    static final class Malformed extends Exception {
        Malformed(String message) {
            super(message);
        }
    }

    private static final Set<String> OPERATORS =
            Set.of("=", "!=", "<>", "<", "<=", ">", ">=", "IN", "LIKE", "MATCHES", "ISSUBSET", "ISSUPERSET");

    static StixPattern parse(String text) throws Malformed {
        Parser parser = new Parser(Lexer.tokens(text));
        parser.observations();
        parser.expectEnd();
        return new StixPattern(List.copyOf(parser.comparisons));
    }

    /**
     * The values a check can look up: every equality ({@code =}, not negated) and every {@code IN} member on the value
     * properties of the supported observables, and {@code ISSUBSET} of an IP address (a CIDR range).
     */
    List<Value> values() {
        List<Value> values = new ArrayList<>();
        for (Comparison comparison : comparisons) {
            if (comparison.negated()) {
                continue;
            }
            String key = lookupType(comparison);
            boolean cidr =
                    comparison.operator().equals("ISSUBSET") && (key.equals("ipv4-addr") || key.equals("ipv6-addr"));
            if (key.isEmpty()
                    || !(comparison.operator().equals("=")
                            || comparison.operator().equals("IN")
                            || cidr)) {
                continue;
            }
            comparison.values().forEach(value -> values.add(new Value(key, value)));
        }
        return values;
    }

    /** The check index's type for a comparison's path, or empty when checks do not look it up. */
    private static String lookupType(Comparison comparison) {
        String type = comparison.objectType();
        String path = comparison.path();
        return switch (type) {
            case "ipv4-addr", "ipv6-addr", "domain-name", "url", "email-addr" -> path.equals("value") ? type : "";
            case "file" -> path.startsWith("hashes.") ? "file:hashes" : "";
            case "cryptocurrency-wallet" -> path.equals("address") ? type : "";
            case "email-message" ->
                path.equals("from_ref.value") || path.equals("sender_ref.value") ? "email-addr" : "";
            default -> "";
        };
    }

    private enum Kind {
        WORD,
        STRING,
        NUMBER,
        TIMESTAMP,
        BINARY,
        PUNCT,
        END
    }

    private record Token(Kind kind, String text, int at) {}

    private static final class Lexer {

        private static final Pattern TIMESTAMP =
                Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");

        static List<Token> tokens(String text) throws Malformed {
            List<Token> tokens = new ArrayList<>();
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '\'') {
                    int[] end = new int[1];
                    tokens.add(new Token(Kind.STRING, string(text, i, end), i));
                    i = end[0];
                } else if ((c == 't' || c == 'h' || c == 'b') && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                    int[] end = new int[1];
                    String body = string(text, i + 1, end);
                    if (c == 't' && !TIMESTAMP.matcher(body).matches()) {
                        throw new Malformed("bad timestamp t'" + body + "' at " + i);
                    }
                    if (c == 'h' && !body.matches("([0-9a-fA-F]{2})*")) {
                        throw new Malformed("bad hex string h'" + body + "' at " + i);
                    }
                    if (c == 'b' && !body.matches("[A-Za-z0-9+/]*={0,2}")) {
                        throw new Malformed("bad binary string b'" + body + "' at " + i);
                    }
                    tokens.add(new Token(c == 't' ? Kind.TIMESTAMP : Kind.BINARY, body, i));
                    i = end[0];
                } else if (Character.isDigit(c)
                        || (c == '-' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)))) {
                    int start = i++;
                    while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
                        i++;
                    }
                    tokens.add(new Token(Kind.NUMBER, text.substring(start, i), start));
                } else if (Character.isLetter(c) || c == '_') {
                    int start = i;
                    while (i < text.length()
                            && (Character.isLetterOrDigit(text.charAt(i))
                                    || text.charAt(i) == '_'
                                    || text.charAt(i) == '-')) {
                        i++;
                    }
                    tokens.add(new Token(Kind.WORD, text.substring(start, i), start));
                } else if ("!<>".indexOf(c) >= 0
                        && i + 1 < text.length()
                        && (text.charAt(i + 1) == '=' || (c == '<' && text.charAt(i + 1) == '>'))) {
                    tokens.add(new Token(Kind.PUNCT, text.substring(i, i + 2), i));
                    i += 2;
                } else if ("[]():.,=<>*".indexOf(c) >= 0) {
                    tokens.add(new Token(Kind.PUNCT, String.valueOf(c), i));
                    i++;
                } else {
                    throw new Malformed("unexpected character '" + c + "' at " + i);
                }
            }
            tokens.add(new Token(Kind.END, "", text.length()));
            return tokens;
        }

        /** A quoted string starting at {@code start}; {@code \'} and {@code \\} are its only escapes. */
        private static String string(String text, int start, int[] end) throws Malformed {
            StringBuilder value = new StringBuilder();
            int i = start + 1;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '\\') {
                    if (i + 1 >= text.length() || (text.charAt(i + 1) != '\'' && text.charAt(i + 1) != '\\')) {
                        throw new Malformed("bad escape in string at " + i);
                    }
                    value.append(text.charAt(i + 1));
                    i += 2;
                } else if (c == '\'') {
                    end[0] = i + 1;
                    return value.toString();
                } else {
                    value.append(c);
                    i++;
                }
            }
            throw new Malformed("unterminated string starting at " + start);
        }
    }

    private static final class Parser {

        private final List<Token> tokens;
        private final List<Comparison> comparisons = new ArrayList<>();
        private int next;
        private int depth;

        Parser(List<Token> tokens) {
            this.tokens = tokens;
        }

        /** observations := or (FOLLOWEDBY or)* ; or := and (OR and)* ; and := qualified (AND qualified)*. */
        void observations() throws Malformed {
            observationOr();
            while (word("FOLLOWEDBY")) {
                observationOr();
            }
        }

        private void observationOr() throws Malformed {
            observationAnd();
            while (word("OR")) {
                observationAnd();
            }
        }

        private void observationAnd() throws Malformed {
            qualified();
            while (word("AND")) {
                qualified();
            }
        }

        private void qualified() throws Malformed {
            if (punct("[")) {
                comparisonOr();
                require("]");
            } else if (punct("(")) {
                if (++depth > 100) {
                    throw new Malformed("nested too deeply at " + peek().at());
                }
                observations();
                require(")");
                depth--;
            } else {
                throw expected("'[' or '('");
            }
            while (true) {
                if (word("WITHIN")) {
                    number("WITHIN");
                    requireWord("SECONDS");
                } else if (word("REPEATS")) {
                    int at = peek().at();
                    String times = number("REPEATS");
                    if (!times.matches("0*[1-9]\\d{0,8}")) {
                        throw new Malformed("REPEATS needs a whole number from 1 at " + at + ", not " + times);
                    }
                    requireWord("TIMES");
                } else if (word("START")) {
                    requireKind(Kind.TIMESTAMP, "a timestamp t'…' after START");
                    requireWord("STOP");
                    requireKind(Kind.TIMESTAMP, "a timestamp t'…' after STOP");
                } else {
                    return;
                }
            }
        }

        private void comparisonOr() throws Malformed {
            comparisonAnd();
            while (word("OR")) {
                comparisonAnd();
            }
        }

        private void comparisonAnd() throws Malformed {
            test();
            while (word("AND")) {
                test();
            }
        }

        private void test() throws Malformed {
            if (punct("(")) {
                if (++depth > 100) {
                    throw new Malformed("nested too deeply at " + peek().at());
                }
                comparisonOr();
                require(")");
                depth--;
                return;
            }
            if (word("EXISTS")) {
                String[] path = objectPath();
                comparisons.add(new Comparison(path[0], path[1], "EXISTS", false, List.of()));
                return;
            }
            String[] path = objectPath();
            boolean negated = word("NOT");
            Token operator = peek();
            String op = operator.text().toUpperCase(Locale.ROOT);
            if (!(operator.kind() == Kind.PUNCT || operator.kind() == Kind.WORD) || !OPERATORS.contains(op)) {
                throw expected("a comparison operator");
            }
            next++;
            List<String> values = new ArrayList<>();
            if (op.equals("IN")) {
                require("(");
                values.add(literal());
                while (punct(",")) {
                    values.add(literal());
                }
                require(")");
            } else {
                values.add(literal());
            }
            if (op.equals("MATCHES")) {
                try {
                    Pattern.compile(values.getFirst());
                } catch (PatternSyntaxException e) {
                    throw new Malformed("MATCHES needs a valid regular expression at " + operator.at());
                }
            }
            comparisons.add(new Comparison(path[0], path[1], op, negated, List.copyOf(values)));
        }

        /** {@code type:property(.property|[n]|[*])*}, e.g. {@code file:hashes.'SHA-256'}. */
        private String[] objectPath() throws Malformed {
            Token type = peek();
            if (type.kind() != Kind.WORD || !type.text().matches("[a-z0-9][a-z0-9-]*[a-z0-9]")) {
                throw expected("an object type such as ipv4-addr");
            }
            next++;
            require(":");
            StringBuilder path = new StringBuilder(property());
            while (true) {
                if (punct(".")) {
                    path.append('.').append(property());
                } else if (punct("[")) {
                    Token index = peek();
                    if (!(index.text().equals("*") || index.kind() == Kind.NUMBER)) {
                        throw expected("an index or '*'");
                    }
                    next++;
                    require("]");
                    path.append('[').append(index.text()).append(']');
                } else {
                    return new String[] {type.text(), path.toString()};
                }
            }
        }

        private String property() throws Malformed {
            Token token = peek();
            if (token.kind() == Kind.WORD || token.kind() == Kind.STRING) {
                next++;
                return token.text();
            }
            throw expected("a property name");
        }

        private String literal() throws Malformed {
            Token token = peek();
            switch (token.kind()) {
                case STRING, NUMBER, TIMESTAMP, BINARY -> {
                    next++;
                    return token.text();
                }
                case WORD -> {
                    if (token.text().equals("true") || token.text().equals("false")) {
                        next++;
                        return token.text();
                    }
                    throw expected("a value");
                }
                default -> throw expected("a value");
            }
        }

        private String number(String after) throws Malformed {
            Token token = peek();
            if (token.kind() != Kind.NUMBER || token.text().startsWith("-")) {
                throw expected("a positive number after " + after);
            }
            next++;
            return token.text();
        }

        void expectEnd() throws Malformed {
            if (peek().kind() != Kind.END) {
                throw expected("the end of the pattern");
            }
        }

        private Token peek() {
            return tokens.get(next);
        }

        private boolean word(String keyword) {
            Token token = peek();
            if (token.kind() == Kind.WORD && token.text().equals(keyword)) {
                next++;
                return true;
            }
            return false;
        }

        private boolean punct(String text) {
            Token token = peek();
            if (token.kind() == Kind.PUNCT && token.text().equals(text)) {
                next++;
                return true;
            }
            return false;
        }

        private void require(String text) throws Malformed {
            if (!punct(text)) {
                throw expected("'" + text + "'");
            }
        }

        private void requireWord(String keyword) throws Malformed {
            if (!word(keyword)) {
                throw expected(keyword);
            }
        }

        private void requireKind(Kind kind, String what) throws Malformed {
            if (peek().kind() != kind) {
                throw expected(what);
            }
            next++;
        }

        private Malformed expected(String what) {
            Token token = peek();
            return new Malformed("expected " + what + " at " + token.at()
                    + (token.kind() == Kind.END ? " (end of pattern)" : ", found '" + token.text() + "'"));
        }
    }
}
