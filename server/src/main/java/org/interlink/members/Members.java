package org.interlink.members;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.interlink.access.Classification;
import org.interlink.access.Viewer;
import org.interlink.audit.AuditEntry;
import org.interlink.audit.AuditLog;
import org.interlink.audit.Operation;
import org.interlink.audit.Outcome;
import org.interlink.common.FieldError;
import org.interlink.common.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administration of people and machine clients. An administrator manages the accounts of its own bureau; the General
 * Secretariat's administrators manage every bureau's. Every change is a permission change, audited.
 */
@Service
public class Members {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRows rows;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final TokenLimits tokenLimits;
    private final SecondFactors factors;

    Members(
            AccountRows rows,
            PasswordEncoder passwords,
            AuditLog audit,
            TokenLimits tokenLimits,
            SecondFactors factors) {
        this.rows = rows;
        this.passwords = passwords;
        this.audit = audit;
        this.tokenLimits = tokenLimits;
        this.factors = factors;
    }

    /** Every bureau, in code order. */
    public List<Bureau> bureaus() {
        return rows.bureaus();
    }

    /**
     * The users of one bureau the administrator may manage: its own bureau's; for the General Secretariat, the bureau
     * asked for.
     */
    public List<UserAccount> users(Viewer administrator, String bureau) {
        return rows.users(managed(administrator, bureau));
    }

    public List<MachineClient> clients(Viewer administrator, String bureau) {
        return rows.clients(managed(administrator, bureau));
    }

    private static String managed(Viewer administrator, String bureau) {
        return administrator.isGeneralSecretariat() ? bureau : administrator.bureau();
    }

    /** A new person account. Rejects a taken name, an unknown bureau, a bureau the administrator may not manage. */
    @Transactional
    public UserAccount createUser(
            Viewer administrator,
            String username,
            String bureau,
            String displayName,
            String password,
            Set<Role> roles,
            Classification clearance) {
        List<FieldError> errors = new ArrayList<>();
        String name = username == null ? "" : username.trim();
        if (!name.matches("[a-z0-9][a-z0-9._-]{2,63}")) {
            errors.add(new FieldError(
                    "username", "3 to 64 characters: lower-case letters, digits, dot, dash or underscore"));
        } else if (rows.findUser(name).isPresent()) {
            errors.add(new FieldError("username", "is already taken"));
        }
        checkBureau(administrator, bureau, errors);
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            errors.add(new FieldError("displayName", "is required (at most 200 characters)"));
        }
        if (password == null || password.length() < 12) {
            errors.add(new FieldError("password", "must have at least 12 characters"));
        }
        checkRoles(administrator, roles, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UserAccount user = new UserAccount(name, bureau, displayName.trim(), roles, clearance, true, 0, null);
        rows.insertUser(user, passwords.encode(password));
        audit.record(change(administrator, "user", name));
        return user;
    }

    /**
     * A new machine client; returns its secret, which is shown once and stored only as a hash.
     *
     * @return the generated secret
     */
    @Transactional
    public String createClient(
            Viewer administrator, String clientId, String bureau, Set<Role> roles, Classification clearance) {
        List<FieldError> errors = new ArrayList<>();
        String id = clientId == null ? "" : clientId.trim();
        if (!id.matches("[a-z0-9][a-z0-9._-]{1,63}")) {
            errors.add(new FieldError(
                    "clientId", "2 to 64 characters: lower-case letters, digits, dot, dash or underscore"));
        } else if (rows.findClient(id).isPresent()) {
            errors.add(new FieldError("clientId", "is already taken"));
        }
        checkBureau(administrator, bureau, errors);
        checkRoles(administrator, roles, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        rows.insertClient(new MachineClient(id, bureau, roles, clearance, true, null), passwords.encode(secret));
        audit.record(change(administrator, "client", id));
        return secret;
    }

    /** Lifts a sign-in lock before its ten minutes are over. */
    @Transactional
    public void unlock(Viewer administrator, String username) {
        UserAccount user = managedUser(administrator, username);
        rows.resetAttempts(user.username());
        audit.record(change(administrator, "user", username));
    }

    /**
     * Forgets a person's second factor (a lost device, used-up recovery codes): at the next sign-in, with the password
     * alone, the person enrols again and gets new recovery codes. Audited with the administrator's reason, which is
     * required. A user the administrator may not manage is answered as a missing one.
     */
    @Transactional
    public void resetSecondFactor(Viewer administrator, String username, String reason) {
        UserAccount user = managedUser(administrator, username);
        requireReason(reason);
        String why = reason.trim();
        factors.reset(user.username());
        audit.record(new AuditEntry(
                administrator.actor(),
                administrator.bureau(),
                Operation.DELETE,
                "second-factor",
                user.username(),
                "second-factor reset: " + why,
                Outcome.SUCCESS));
    }

    /** Whether the person has a second factor (false: they enrol at the next sign-in). */
    public boolean hasSecondFactor(String username) {
        return factors.isEnrolled(username);
    }

    /** The longest reason an administrator may give for disabling or enabling an account. */
    static final int MAX_REASON = 180;

    /**
     * Disables a person's account, for a reason: they can no longer sign in, and every session they have ends at its
     * next request, on every node ({@link PersonSessions}). People hold no OAuth 2.0 tokens (those are issued to
     * machine clients only), so there is none to revoke. Disabling a disabled account changes nothing and is not
     * audited.
     *
     * @return whether the account was enabled
     */
    @Transactional
    public boolean disable(Viewer administrator, String username, String reason) {
        UserAccount user = managedUser(administrator, username);
        List<FieldError> errors = new ArrayList<>();
        checkReason(reason, errors);
        if (user.username().equals(administrator.actor())) {
            errors.add(new FieldError("username", "you cannot disable your own account"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return changeEnabled(administrator, user, false, reason);
    }

    /** Enables a disabled account again, for a reason; its person signs in afresh (no earlier session returns). */
    @Transactional
    public boolean enable(Viewer administrator, String username, String reason) {
        UserAccount user = managedUser(administrator, username);
        requireReason(reason);
        return changeEnabled(administrator, user, true, reason);
    }

    private boolean changeEnabled(Viewer administrator, UserAccount user, boolean enabled, String reason) {
        if (!rows.setEnabled(user.username(), enabled)) {
            return false;
        }
        audit.record(new AuditEntry(
                administrator.actor(),
                administrator.bureau(),
                Operation.PERMISSION_CHANGE,
                "user",
                user.username(),
                (enabled ? "account enabled: " : "account disabled: ") + reason.trim(),
                Outcome.SUCCESS));
        return true;
    }

    /** A user the administrator may manage; any other is answered as missing. */
    private UserAccount managedUser(Viewer administrator, String username) {
        return rows.findUser(username == null ? "" : username)
                .filter(u -> scope(administrator) == null || u.bureau().equals(administrator.bureau()))
                .orElseThrow(() -> new org.interlink.common.NotFoundException("user", username));
    }

    private static void requireReason(String reason) {
        List<FieldError> errors = new ArrayList<>();
        checkReason(reason, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void checkReason(String reason, List<FieldError> errors) {
        if (reason == null || reason.isBlank() || reason.trim().length() > MAX_REASON) {
            errors.add(new FieldError("reason", "is required (at most " + MAX_REASON + " characters)"));
        } else if (reason.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError("reason", "must be one line of text"));
        }
    }

    /** Lifts a machine client's lock (after repeated wrong secrets) before its ten minutes are over. */
    @Transactional
    public void unlockClient(Viewer administrator, String clientId) {
        MachineClient client = rows.findClient(clientId)
                .map(AccountRows.ClientCredentials::client)
                .filter(c -> scope(administrator) == null || c.bureau().equals(administrator.bureau()))
                .orElseThrow(() -> new org.interlink.common.NotFoundException("client", clientId));
        rows.resetClientAttempts(client.clientId());
        audit.record(change(administrator, "client", clientId));
        tokenLimits.forget(clientId);
    }

    private void checkBureau(Viewer administrator, String bureau, List<FieldError> errors) {
        if (bureau == null || !rows.bureauExists(bureau)) {
            errors.add(new FieldError("bureau", "is not a member bureau"));
        } else if (scope(administrator) != null && !bureau.equals(administrator.bureau())) {
            errors.add(new FieldError("bureau", "you may only manage your own bureau's accounts"));
        }
    }

    private static void checkRoles(Viewer administrator, Set<Role> roles, List<FieldError> errors) {
        if (roles == null || roles.isEmpty()) {
            errors.add(new FieldError("roles", "choose at least one role"));
        } else if (roles.contains(Role.REVIEWER) && !administrator.isGeneralSecretariat()) {
            errors.add(new FieldError("roles", "only the General Secretariat has reviewers"));
        }
    }

    /** The bureau an administrator is limited to, or null for the General Secretariat's (all bureaus). */
    private static @Nullable String scope(Viewer administrator) {
        return administrator.isGeneralSecretariat() ? null : administrator.bureau();
    }

    private static AuditEntry change(Viewer administrator, String type, String id) {
        return new AuditEntry(
                administrator.actor(),
                administrator.bureau(),
                Operation.PERMISSION_CHANGE,
                type,
                id,
                "administration",
                Outcome.SUCCESS);
    }
}
