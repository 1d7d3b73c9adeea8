package org.interlink.members;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.interlink.access.Viewer;
import org.interlink.access.ViewerAuthentication;
import org.interlink.audit.AuditEntry;
import org.interlink.audit.AuditLog;
import org.interlink.audit.Operation;
import org.interlink.audit.Outcome;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Web sign-in with a user name, a password and a second factor's code (a TOTP code or a recovery code). Five failed
 * attempts in a row lock the account for ten minutes (an
 * administrator can unlock it sooner); every attempt is counted once and audited once, in the same transaction as the
 * attempt counter, so if the audit row cannot be written nobody signs in.
 *
 * <p>A wrong password, an unknown or disabled name and a locked account get the same answer ({@code Bad credentials})
 * after the same work, one password comparison, so neither the answer nor its timing tells whether a name exists or
 * is locked. A wrong or reused code is a failed attempt like a wrong password: counted once, audited once, answered
 * alike. A person with the right password and no second factor yet gets a {@link PasswordOnly} sign-in, which reaches
 * the enrolment page only; one who registered a passkey and gives no code gets one that reaches the passkey step
 * ({@link #completeWithPasskey}).
 */
@Component
class SignInProvider implements AuthenticationProvider {

    static final int MAX_ATTEMPTS = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(10);

    private final AccountRows rows;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final SecondFactors factors;
    private final Passkeys passkeys;
    private final Clock clock;
    /** Compared against when the user does not exist, so an unknown name costs as long as a wrong password. */
    private final String decoyHash;

    @org.springframework.beans.factory.annotation.Autowired
    SignInProvider(
            AccountRows rows,
            PasswordEncoder passwords,
            AuditLog audit,
            TransactionTemplate transactions,
            SecondFactors factors,
            Passkeys passkeys) {
        this(rows, passwords, audit, transactions, factors, passkeys, Clock.systemUTC());
    }

    SignInProvider(
            AccountRows rows,
            PasswordEncoder passwords,
            AuditLog audit,
            TransactionTemplate transactions,
            SecondFactors factors,
            Passkeys passkeys,
            Clock clock) {
        this.rows = rows;
        this.passwords = passwords;
        this.audit = audit;
        this.transactions = transactions;
        this.factors = factors;
        this.passkeys = passkeys;
        this.clock = clock;
        this.decoyHash = passwords.encode("decoy-password-never-used");
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username =
                authentication.getName() == null ? "" : authentication.getName().trim();
        String password = authentication.getCredentials() == null
                ? ""
                : authentication.getCredentials().toString();
        String code = authentication.getDetails() instanceof SignInDetails details ? details.code() : "";
        Result result;
        try {
            result = transactions.execute(status -> signIn(username, password, code));
        } catch (RuntimeException e) {
            throw new AuthenticationServiceException("Sign-in is unavailable: it could not be recorded", e);
        }
        return switch (result) {
            case Result.SignedIn(Viewer viewer) -> new ViewerAuthentication(viewer);
            case Result.MustEnrol(Viewer viewer) -> new PasswordOnly(viewer, PasswordOnly.Next.ENROL);
            case Result.MustUsePasskey(Viewer viewer) -> new PasswordOnly(viewer, PasswordOnly.Next.PASSKEY);
            case Result.Refused refused -> throw new BadCredentialsException("Bad credentials");
        };
    }

    private Result signIn(String username, String password, String code) {
        Instant now = clock.instant();
        Optional<AccountRows.Credentials> found = rows.lockUserForSignIn(username);
        if (found.isEmpty()) {
            passwords.matches(password, decoyHash);
            audit.record(entry(username, "-", Operation.SIGN_IN_FAILED, Outcome.DENIED));
            return new Result.Refused();
        }
        UserAccount user = found.get().user();
        if (!user.enabled()) {
            passwords.matches(password, decoyHash);
            audit.record(entry(username, user.bureau(), Operation.SIGN_IN_FAILED, Outcome.DENIED));
            return new Result.Refused();
        }
        if (user.isLocked(now)) {
            // not counted again: the lock runs from the fifth failure
            passwords.matches(password, found.get().passwordHash());
            audit.record(entry(username, user.bureau(), Operation.SIGN_IN_FAILED, Outcome.DENIED));
            return new Result.Refused();
        }
        boolean passwordRight = passwords.matches(password, found.get().passwordHash());
        if (passwordRight && code.isEmpty() && passkeys.any(username)) {
            // not counted, not audited yet: the passkey step completes or refuses this sign-in
            return new Result.MustUsePasskey(viewerOf(user));
        }
        SecondFactors.Verdict factor =
                passwordRight ? factors.verify(username, code, now) : SecondFactors.Verdict.REFUSED;
        if (factor == SecondFactors.Verdict.REFUSED) {
            countFailure(user, now);
            return new Result.Refused();
        }
        rows.resetAttempts(username);
        Viewer viewer = viewerOf(user);
        return switch (factor) {
            case NOT_ENROLLED -> {
                audit.record(new AuditEntry(
                        username,
                        user.bureau(),
                        Operation.SIGN_IN,
                        "session",
                        "",
                        "second-factor enrolment",
                        Outcome.SUCCESS));
                yield new Result.MustEnrol(viewer);
            }
            case ACCEPTED_RECOVERY_CODE -> {
                audit.record(new AuditEntry(
                        username,
                        user.bureau(),
                        Operation.SIGN_IN,
                        "recovery-code",
                        "",
                        "authentication",
                        Outcome.SUCCESS));
                yield new Result.SignedIn(viewer);
            }
            default -> {
                audit.record(entry(username, user.bureau(), Operation.SIGN_IN, Outcome.SUCCESS));
                yield new Result.SignedIn(viewer);
            }
        };
    }

    /**
     * The passkey step of a sign-in whose password was right: under the user's row lock, the person's passkey must
     * verify ({@code verifies}); a failure counts and is audited like a wrong password, and a locked or disabled account
     * is refused without asking the passkey.
     *
     * @return the signed-in viewer, or empty when refused
     */
    Optional<Viewer> completeWithPasskey(String username, java.util.function.Predicate<String> verifies) {
        return transactions.execute(status -> {
            Instant now = clock.instant();
            Optional<AccountRows.Credentials> found = rows.lockUserForSignIn(username);
            if (found.isEmpty()) {
                return Optional.<Viewer>empty();
            }
            UserAccount user = found.get().user();
            if (!user.enabled() || user.isLocked(now)) {
                audit.record(entry(username, user.bureau(), Operation.SIGN_IN_FAILED, Outcome.DENIED));
                return Optional.<Viewer>empty();
            }
            if (!verifies.test(username)) {
                countFailure(user, now);
                return Optional.<Viewer>empty();
            }
            rows.resetAttempts(username);
            audit.record(new AuditEntry(
                    username, user.bureau(), Operation.SIGN_IN, "passkey", "", "authentication", Outcome.SUCCESS));
            return Optional.of(viewerOf(user));
        });
    }

    private void countFailure(UserAccount user, Instant now) {
        int attempts = user.failedAttempts() + 1;
        boolean lock = attempts >= MAX_ATTEMPTS;
        rows.recordFailedAttempt(user.username(), lock ? 0 : attempts, lock ? now.plus(LOCK_DURATION) : null);
        audit.record(entry(user.username(), user.bureau(), Operation.SIGN_IN_FAILED, Outcome.DENIED));
    }

    private static Viewer viewerOf(UserAccount user) {
        return new Viewer(
                user.username(),
                user.bureau(),
                user.roles().stream().map(Role::name).collect(java.util.stream.Collectors.toSet()),
                user.clearance());
    }

    private static AuditEntry entry(String username, String bureau, Operation operation, Outcome outcome) {
        return new AuditEntry(username, bureau, operation, "session", "", "authentication", outcome);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private sealed interface Result {
        record SignedIn(Viewer viewer) implements Result {}

        record MustEnrol(Viewer viewer) implements Result {}

        record MustUsePasskey(Viewer viewer) implements Result {}

        record Refused() implements Result {}
    }
}
