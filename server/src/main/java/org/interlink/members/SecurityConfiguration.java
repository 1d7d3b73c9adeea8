package org.interlink.members;

import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.interlink.access.Viewer;
import org.interlink.access.ViewerAuthentication;
import org.interlink.audit.AuditEntry;
import org.interlink.audit.AuditLog;
import org.interlink.audit.Operation;
import org.interlink.audit.Outcome;
import org.interlink.common.ProblemResponses;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Three doors, three filter chains:
 *
 * <ol>
 *   <li>{@code /oauth2/**}: the embedded authorization server; national systems exchange client credentials for a
 *       signed JWT;
 *   <li>{@code /api/**} and {@code /m/**} (the HMA-compatible lookup): bearer tokens only, no session, no cookies;
 *       refusals as problem+json;
 *   <li>everything else: the web UI with form sign-in (password and second factor), sessions (30 minutes idle, 12
 *       hours at most, ended when the account is disabled: {@link PersonSessions}) and CSRF protection. A person
 *       without a second factor reaches only its enrolment ({@link EnrolmentGate}).
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    /**
     * Police data (records, checks, hits, notices, messages) is for the roles that work with it. An auditor reads the
     * audit log and an administrator manages accounts: neither reads a record or runs a check (docs/ARCHITECTURE.md,
     * "Roles"). A refusal here is for the caller's role, whatever the item, so it reveals nothing about one.
     */
    private static final String[] POLICE_DATA_ROLES = {"OFFICER", "EDITOR", "REVIEWER"};

    private static final String[] POLICE_DATA_API = {
        "/api/v1/persons/**",
        "/api/v1/documents/**",
        "/api/v1/vehicles/**",
        "/api/v1/firearms/**",
        "/api/v1/artworks/**",
        "/api/v1/imports/**",
        "/api/v1/screening/**",
        "/api/v1/hits/**",
        "/api/v1/notices/**",
        "/api/v1/diffusions/**",
        "/api/v1/messages/**",
        "/api/v1/content/**",
        "/m/**",
        "/api/v1/cyber/**",
        "/taxii2/**"
    };

    private static final String[] POLICE_DATA_PAGES = {
        "/records/**",
        "/imports/**",
        "/screening/**",
        "/hits/**",
        "/notices/**",
        "/review/**",
        "/messages/**",
        "/content/**",
        "/cyber/**"
    };

    @Bean
    RegisteredClientRepository registeredClientRepository(AccountRows rows) {
        return new ClientRegistrations(rows);
    }

    @Bean
    OAuth2AuthorizationService authorizationService(
            JwtDecoder tokens, RegisteredClientRepository clients, RevokedTokens revoked) {
        return new StatelessAuthorizations(tokens, clients, revoked);
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> tokenClaims(AccountRows rows, AuditLog audit, ClientLockout lockout) {
        return new TokenClaims(rows, audit, lockout);
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(SigningKeys keys) {
        return new ImmutableJWKSet<>(keys.jwkSet());
    }

    /**
     * Spring Security's strict firewall with the same header rule, checked by a scan instead of a regular expression
     * ({@link HeaderCharacters}).
     */
    @Bean
    HttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(HeaderCharacters::allowedName);
        firewall.setAllowedHeaderValues(HeaderCharacters::allowedValue);
        return firewall;
    }

    /**
     * No observation per security filter: they cost a tenth of a border check's CPU. Requests are still timed and
     * counted by the HTTP server observation.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        return AuthorizationServerSettings.builder().build();
    }

    /** How far the clocks of the issuer and of a node may differ: a token is accepted this long past its expiry. */
    static final java.time.Duration CLOCK_SKEW = java.time.Duration.ofSeconds(5);

    /**
     * Verifies bearer tokens: with Interlink's own key, or, when {@code
     * spring.security.oauth2.resourceserver.jwt.issuer-uri} names an external issuer, with that issuer's keys (and
     * issuer claim). Expiry and not-before are checked with at most {@link #CLOCK_SKEW} of leeway (Spring's default is
     * 60 s); a revoked token is refused ({@link RevokedTokens}).
     */
    @Bean
    JwtDecoder jwtDecoder(
            SigningKeys keys,
            RevokedTokens revoked,
            @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri:}") String issuer) {
        NimbusJwtDecoder verifying = issuer.isBlank()
                ? NimbusJwtDecoder.withPublicKey(keys.publicKey()).build()
                : (NimbusJwtDecoder) JwtDecoders.fromIssuerLocation(issuer);
        org.springframework.security.oauth2.core.OAuth2TokenValidator<org.springframework.security.oauth2.jwt.Jwt>
                timestamps = new org.springframework.security.oauth2.jwt.JwtTimestampValidator(CLOCK_SKEW);
        verifying.setJwtValidator(
                issuer.isBlank()
                        ? timestamps
                        : new org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator<>(
                                timestamps, new org.springframework.security.oauth2.jwt.JwtIssuerValidator(issuer)));
        return new CachingJwtDecoder(verifying, java.time.Clock.systemUTC(), revoked::isRevoked);
    }

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerChain(
            HttpSecurity http,
            ClientLockout lockout,
            TokenLimits limits,
            @Value("${interlink.token-endpoint.refusal-hold:1s}") java.time.Duration refusalHold)
            throws Exception {
        OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
        AuthenticationFailureHandler refused = (request, response, exception) -> {
            lockout.refused(clientIdOf(request));
            ProblemResponses.write(
                    response,
                    401,
                    "Unauthorized",
                    "The client id or secret is wrong, or the client is disabled",
                    ",\"error\":\"invalid_client\"");
        };
        http.securityMatcher(server.getEndpointsMatcher())
                .with(
                        server,
                        s -> s.clientAuthentication(c -> c.errorResponseHandler(refused))
                                .tokenEndpoint(t -> t.errorResponseHandler(
                                        (request, response, exception) -> tokenError(response, exception))))
                // before the client authentication filter, so a refused request costs no secret hash
                .addFilterBefore(
                        new TokenLimitFilter(limits, refusalHold),
                        org.springframework.security.web.authentication.preauth.AbstractPreAuthenticatedProcessingFilter
                                .class)
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .csrf(c -> c.ignoringRequestMatchers(server.getEndpointsMatcher()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http, JwtDecoder tokens) throws Exception {
        JwtAuthenticationProvider bearer = new JwtAuthenticationProvider(tokens);
        bearer.setJwtAuthenticationConverter(jwt -> new ViewerAuthentication(TokenClaims.viewer(jwt)));
        // A manager of its own publishes no authentication events (a ProviderManager's default): nothing listens to
        // them, and the context's publisher sent one per API request through the event publication registry's
        // multicaster (2 % of a document check's CPU). Refusals are still answered by the entry point below.
        ProviderManager bearerOnly = new ProviderManager(bearer);
        // /m: the HMA-compatible lookup (docs/CONTENT.md); /taxii2: the TAXII 2.1 server (docs/CYBER.md)
        http.securityMatcher("/api/**", "/m/**", "/taxii2/**")
                .authorizeHttpRequests(a -> a.requestMatchers(POLICE_DATA_API)
                        .hasAnyRole(POLICE_DATA_ROLES)
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(o -> o.bearerTokenResolver(new BearerTokens())
                        .jwt(j -> j.authenticationManager(bearerOnly))
                        .authenticationEntryPoint((request, response, e) -> unauthorized(request, response, e)))
                .exceptionHandling(
                        e -> e.authenticationEntryPoint((request, response, ex) -> unauthorized(request, response, ex))
                                .accessDeniedHandler((request, response, ex) -> refuse(
                                        request, response, 403, "Forbidden", "Your roles do not allow this operation")))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable()) // no cookies are accepted here, so there is nothing to forge
                .requestCache(c -> c.disable());
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain webChain(HttpSecurity http, SignInProvider signIn, AuditLog audit, AccountRows rows)
            throws Exception {
        PersonSessions sessions =
                new PersonSessions(rows::sessionGeneration, audit::record, java.time.Clock.systemUTC());
        LogoutHandler auditSignOut = (request, response, authentication) -> {
            if (authentication != null && authentication.getPrincipal() instanceof Viewer v) {
                audit.record(new AuditEntry(
                        v.actor(), v.bureau(), Operation.SIGN_OUT, "session", "", "authentication", Outcome.SUCCESS));
            }
        };
        http.authorizeHttpRequests(a -> a.requestMatchers(
                                "/login",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/favicon.ico",
                                "/error",
                                "/public/**",
                                "/actuator/health",
                                "/actuator/health/**",
                                "/v3/api-docs",
                                "/v3/api-docs/**",
                                "/swagger-ui.html",
                                "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers("/actuator/prometheus")
                        .access((authentication, context) -> new AuthorizationDecision(
                                isLoopback(context.getRequest().getRemoteAddr())))
                        .requestMatchers("/actuator/**")
                        .hasRole("ADMINISTRATOR")
                        .requestMatchers("/admin/**")
                        .hasRole("ADMINISTRATOR")
                        .requestMatchers(POLICE_DATA_PAGES)
                        .hasAnyRole(POLICE_DATA_ROLES)
                        .requestMatchers("/mfa/enrol", "/mfa/passkey", "/mfa/passkey/options")
                        .authenticated()
                        // a password-only sign-in (PasswordOnly) is authenticated but is no viewer: refused here
                        // even if the gate before were bypassed
                        .anyRequest()
                        .access((authentication, context) ->
                                new AuthorizationDecision(authentication.get() instanceof ViewerAuthentication)))
                .addFilterBefore(
                        new EnrolmentGate(),
                        org.springframework.security.web.access.intercept.AuthorizationFilter.class)
                // The sign-in provider alone, without the global manager as a parent: that parent holds the same
                // provider (it is a bean), and asked it again after a refusal, counting every failure twice.
                .authenticationManager(new org.springframework.security.authentication.ProviderManager(signIn))
                .formLogin(f -> f.loginPage("/login")
                        .authenticationDetailsSource(SignInDetails::of)
                        .defaultSuccessUrl("/", false)
                        .failureUrl("/login?error")
                        .permitAll())
                .logout(l -> l.addLogoutHandler(auditSignOut).logoutSuccessUrl("/login?signedOut"))
                .headers(
                        h -> h.contentSecurityPolicy(
                                c -> c.policyDirectives(
                                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'")))
                .sessionManagement(
                        s -> s.sessionFixation(Customizer.withDefaults()).addSessionAuthenticationStrategy(sessions))
                .addFilterBefore(sessions, org.springframework.security.web.access.intercept.AuthorizationFilter.class)
                // an htmx request without a session is sent to the sign-in page as a whole, not swapped into a part
                .exceptionHandling(e -> e.authenticationEntryPoint(signInPage()));
        return http.build();
    }

    /**
     * Sends a request without a session to the sign-in page; an htmx request gets 401 with {@code HX-Redirect}, so the
     * whole page goes there instead of the sign-in form being swapped into a part of the page.
     */
    private static org.springframework.security.web.AuthenticationEntryPoint signInPage() {
        var page = new org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint("/login");
        return (request, response, e) -> {
            if ("true".equals(request.getHeader("HX-Request"))) {
                response.setStatus(401);
                response.setHeader("HX-Redirect", request.getContextPath() + "/login");
            } else {
                page.commence(request, response, e);
            }
        };
    }

    private static void unauthorized(
            jakarta.servlet.http.HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response,
            AuthenticationException e)
            throws java.io.IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        refuse(
                request,
                response,
                401,
                "Unauthorized",
                "A valid bearer token is required: POST /oauth2/token with client credentials");
    }

    /**
     * A refusal before any controller: problem+json, except under {@code /taxii2}, where the body also carries the
     * TAXII 2.1 error message's members ({@code description}, {@code http_status}) and is sent as TAXII's media type
     * to a client that accepts TAXII or STIX (as {@code cyber.TaxiiErrors} answers after the controller).
     */
    private static void refuse(
            jakarta.servlet.http.HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response,
            int status,
            String title,
            String detail)
            throws java.io.IOException {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/taxii2/")
                && !request.getRequestURI().equals(request.getContextPath() + "/taxii2")) {
            ProblemResponses.write(response, status, title, detail, "");
            return;
        }
        String accept = String.valueOf(request.getHeader("Accept")).toLowerCase(java.util.Locale.ROOT);
        boolean taxii =
                request.getHeader("Accept") == null || accept.contains("taxii+json") || accept.contains("stix+json");
        response.setStatus(status);
        // JSON is UTF-8: no charset parameter
        response.setContentType(taxii ? "application/taxii+json;version=2.1" : "application/problem+json");
        response.getOutputStream()
                .write(("{\"type\":\"about:blank\",\"title\":" + ProblemResponses.quote(title) + ",\"status\":" + status
                                + ",\"detail\":" + ProblemResponses.quote(detail) + ",\"description\":"
                                + ProblemResponses.quote(detail) + ",\"http_status\":\"" + status + "\"}")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static void tokenError(jakarta.servlet.http.HttpServletResponse response, AuthenticationException e)
            throws java.io.IOException {
        String code = e instanceof org.springframework.security.oauth2.core.OAuth2AuthenticationException oauth
                ? oauth.getError().getErrorCode()
                : "invalid_request";
        int status = "server_error".equals(code) ? 503 : 400;
        // A 400 names the form field at fault, like every API error; "error" is the OAuth 2.0 code clients read.
        String field = switch (code) {
            case "unsupported_grant_type", "invalid_grant" -> "grant_type";
            case "invalid_scope" -> "scope";
            default -> "body";
        };
        ProblemResponses.write(
                response,
                status,
                status == 503 ? "Service Unavailable" : "Bad Request",
                "The token request was refused: " + code,
                ",\"error\":" + ProblemResponses.quote(code)
                        + (status == 400
                                ? ",\"errors\":[{\"field\":" + ProblemResponses.quote(field) + ",\"message\":"
                                        + ProblemResponses.quote("was refused: " + code) + "}]"
                                : ""));
    }

    static String clientIdOf(jakarta.servlet.http.HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(
                        java.util.Base64.getDecoder().decode(header.substring(6).trim()),
                        java.nio.charset.StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? decoded : decoded.substring(0, colon);
            } catch (IllegalArgumentException e) {
                return "-";
            }
        }
        String param = request.getParameter("client_id");
        return param == null ? "-" : param;
    }

    private static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
