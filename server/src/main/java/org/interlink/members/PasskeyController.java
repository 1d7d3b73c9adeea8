package org.interlink.members;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.interlink.access.CurrentViewer;
import org.interlink.access.Viewer;
import org.interlink.audit.AuditEntry;
import org.interlink.audit.AuditLog;
import org.interlink.audit.Operation;
import org.interlink.audit.Outcome;
import org.interlink.common.InvalidInputException;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Passkeys: an enrolled person registers one on {@code /mfa/passkeys}; at sign-in, a person who has one and gives the
 * password without a code is taken to {@code /mfa/passkey}, where the browser signs a challenge with it. The
 * challenges live in the session, one per ceremony, used once. The pages' script is {@code /js/passkeys.js}.
 */
@Controller
class PasskeyController {

    private static final String CHALLENGE = PasskeyController.class.getName() + ".challenge";
    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

    private final Passkeys passkeys;
    private final SignInProvider signIn;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    PasskeyController(Passkeys passkeys, SignInProvider signIn, AuditLog audit, TransactionTemplate transactions) {
        this.passkeys = passkeys;
        this.signIn = signIn;
        this.audit = audit;
        this.transactions = transactions;
    }

    @GetMapping("/mfa/passkeys")
    String registration(Model model) {
        model.addAttribute("count", passkeys.count(CurrentViewer.get().actor()));
        return "mfa/passkeys";
    }

    @PostMapping(path = "/mfa/passkeys/options", produces = JSON)
    @ResponseBody
    String creationOptions(HttpServletRequest request) {
        return passkeys.creationOptions(CurrentViewer.get().actor(), challenge(request.getSession()), site(request));
    }

    @PostMapping(path = "/mfa/passkeys", consumes = JSON, produces = JSON)
    @ResponseBody
    String register(@RequestBody String credential, HttpServletRequest request) {
        Viewer viewer = CurrentViewer.get();
        byte[] challenge = takeChallenge(request.getSession());
        try {
            transactions.executeWithoutResult(status -> {
                passkeys.register(viewer.actor(), credential, challenge, site(request));
                audit.record(new AuditEntry(
                        viewer.actor(),
                        viewer.bureau(),
                        Operation.CREATE,
                        "passkey",
                        viewer.actor(),
                        "second-factor enrolment",
                        Outcome.SUCCESS));
            });
        } catch (RuntimeException e) {
            throw new InvalidInputException("credential", "the passkey could not be verified: register it again");
        }
        return "{\"next\":\"/mfa/passkeys?added\"}";
    }

    @GetMapping("/mfa/passkey")
    String signInPage(Model model) {
        Optional<PasswordOnly> pending = pendingPasskey();
        if (pending.isEmpty()) {
            return "redirect:/";
        }
        model.addAttribute("username", pending.get().viewer().actor());
        return "mfa/passkey";
    }

    @PostMapping(path = "/mfa/passkey/options", produces = JSON)
    @ResponseBody
    String requestOptions(HttpServletRequest request) {
        PasswordOnly pending =
                pendingPasskey().orElseThrow(() -> new InvalidInputException("session", "sign in first"));
        return passkeys.requestOptions(pending.viewer().actor(), challenge(request.getSession()), site(request));
    }

    /** The browser's assertion: the full sign-in, or back to the sign-in form, refused like a wrong password. */
    @PostMapping(path = "/mfa/passkey", consumes = JSON, produces = JSON)
    @ResponseBody
    String signIn(@RequestBody String credential, HttpServletRequest request, HttpServletResponse response) {
        PasswordOnly pending =
                pendingPasskey().orElseThrow(() -> new InvalidInputException("session", "sign in first"));
        byte[] challenge = takeChallenge(request.getSession());
        Optional<Viewer> viewer = signIn.completeWithPasskey(
                pending.viewer().actor(),
                username -> challenge.length > 0 && passkeys.verify(username, credential, challenge, site(request)));
        if (viewer.isEmpty()) {
            request.getSession().invalidate();
            SecurityContextHolder.clearContext();
            return "{\"next\":\"/login?error\"}";
        }
        FullSignIn.complete(viewer.get(), request, response);
        return "{\"next\":\"/\"}";
    }

    private static Optional<PasswordOnly> pendingPasskey() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof PasswordOnly pending
                        && pending.next() == PasswordOnly.Next.PASSKEY
                ? Optional.of(pending)
                : Optional.empty();
    }

    private static byte[] challenge(HttpSession session) {
        byte[] challenge = Passkeys.newChallenge();
        session.setAttribute(CHALLENGE, challenge);
        return challenge;
    }

    /** The ceremony's challenge, removed so it is used once; empty when none was asked for. */
    private static byte[] takeChallenge(HttpSession session) {
        Object challenge = session.getAttribute(CHALLENGE);
        session.removeAttribute(CHALLENGE);
        return challenge instanceof byte[] bytes ? bytes : new byte[0];
    }

    /** The origin the page was served from, and its host as the relying party id. */
    private static Passkeys.Site site(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(request.getScheme()) && port == 80)
                || ("https".equals(request.getScheme()) && port == 443);
        String origin = request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
        return new Passkeys.Site(origin, request.getServerName());
    }
}
