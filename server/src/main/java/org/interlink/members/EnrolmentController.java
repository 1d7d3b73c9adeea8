package org.interlink.members;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import org.interlink.access.Viewer;
import org.interlink.audit.AuditEntry;
import org.interlink.audit.AuditLog;
import org.interlink.audit.Operation;
import org.interlink.audit.Outcome;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Enrolment of a second factor at the first sign-in: the page shows a new TOTP secret (as text and as an {@code
 * otpauth://} URI for an authenticator app); the person confirms one code from the app; then the secret is stored, the
 * ten recovery codes are shown this once, and the password-only sign-in becomes a full one (with a new session id).
 * The secret waits in the session until confirmed, so an abandoned enrolment leaves nothing behind.
 */
@Controller
class EnrolmentController {

    private static final String SECRET = EnrolmentController.class.getName() + ".secret";

    private final SecondFactors factors;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock = Clock.systemUTC();

    EnrolmentController(SecondFactors factors, AuditLog audit, TransactionTemplate transactions) {
        this.factors = factors;
        this.audit = audit;
        this.transactions = transactions;
    }

    @GetMapping("/mfa/enrol")
    String page(HttpSession session, Model model) {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof PasswordOnly pending)
                || pending.next() != PasswordOnly.Next.ENROL) {
            return "redirect:/";
        }
        return show(pending.viewer(), secret(session), model);
    }

    @PostMapping("/mfa/enrol")
    String confirm(
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof PasswordOnly pending)
                || pending.next() != PasswordOnly.Next.ENROL) {
            return "redirect:/";
        }
        HttpSession session = request.getSession();
        byte[] secret = secret(session);
        Viewer viewer = pending.viewer();
        String given = code.strip();
        OptionalLong step = Totp.looksLikeCode(given)
                ? Totp.match(secret, given, Totp.step(clock.instant()), 0)
                : OptionalLong.empty();
        if (step.isEmpty()) {
            response.setStatus(422);
            model.addAttribute(
                    "error", "This is not the code your app shows now: 6 digits (check the device's clock).");
            return show(viewer, secret, model);
        }
        List<String> recoveryCodes = transactions.execute(status -> {
            List<String> codes = factors.enrol(viewer.actor(), secret, step.getAsLong());
            audit.record(new AuditEntry(
                    viewer.actor(),
                    viewer.bureau(),
                    Operation.CREATE,
                    "second-factor",
                    viewer.actor(),
                    "second-factor enrolment",
                    Outcome.SUCCESS));
            return codes;
        });
        session.removeAttribute(SECRET);
        FullSignIn.complete(viewer, request, response);
        model.addAttribute("recoveryCodes", recoveryCodes);
        return "mfa/recovery";
    }

    private String show(Viewer viewer, byte[] secret, Model model) {
        String key = Base32.encode(secret);
        model.addAttribute("username", viewer.actor());
        model.addAttribute("secret", key.replaceAll("(.{4})(?!$)", "$1 "));
        model.addAttribute("uri", otpauthUri(viewer.actor(), key));
        return "mfa/enrol";
    }

    /** The key URI authenticator apps import (Google Authenticator's {@code otpauth://} format). */
    static String otpauthUri(String username, String base32Secret) {
        String label = URLEncoder.encode("Interlink:" + username, StandardCharsets.UTF_8)
                .replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=Interlink&algorithm=SHA1&digits="
                + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
    }

    private static byte[] secret(HttpSession session) {
        if (session.getAttribute(SECRET) instanceof byte[] secret) {
            return secret;
        }
        byte[] secret = SecondFactors.newSecret();
        session.setAttribute(SECRET, secret);
        return secret;
    }
}
