package org.interlink.members.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.interlink.access.Classification;
import org.interlink.access.CurrentViewer;
import org.interlink.access.Viewer;
import org.interlink.common.InvalidInputException;
import org.interlink.members.Countries;
import org.interlink.members.Members;
import org.interlink.members.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administration page: the people and national systems of the administrator's bureau (all, for the GS). */
@Controller
class AdminController {

    private final Members members;
    private final Countries countries;

    AdminController(Members members, Countries countries) {
        this.members = members;
        this.countries = countries;
    }

    @GetMapping("/admin")
    String page(@RequestParam(required = false) @Nullable String bureau, Model model) {
        Viewer admin = CurrentViewer.get();
        String shown = admin.isGeneralSecretariat() && bureau != null && !bureau.isBlank() ? bureau : admin.bureau();
        model.addAttribute("bureau", shown);
        List<org.interlink.members.UserAccount> users = members.users(admin, shown);
        model.addAttribute("users", users);
        model.addAttribute(
                "enrolled",
                users.stream()
                        .map(org.interlink.members.UserAccount::username)
                        .filter(members::hasSecondFactor)
                        .collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("clients", members.clients(admin, shown));
        model.addAttribute("roles", Role.values());
        model.addAttribute("clearances", Classification.values());
        model.addAttribute("countries", countries.all());
        model.addAttribute("admin", admin);
        return "admin";
    }

    @PostMapping("/admin/users")
    String createUser(
            @RequestParam String username,
            @RequestParam String bureau,
            @RequestParam String displayName,
            @RequestParam String password,
            @RequestParam(required = false) @Nullable List<Role> roles,
            @RequestParam Classification clearance,
            RedirectAttributes redirect) {
        try {
            members.createUser(CurrentViewer.get(), username, bureau, displayName, password, roles(roles), clearance);
            redirect.addFlashAttribute("message", "User " + username + " created.");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/admin";
    }

    @PostMapping("/admin/clients")
    String createClient(
            @RequestParam String clientId,
            @RequestParam String bureau,
            @RequestParam(required = false) @Nullable List<Role> roles,
            @RequestParam Classification clearance,
            RedirectAttributes redirect) {
        try {
            String secret = members.createClient(CurrentViewer.get(), clientId, bureau, roles(roles), clearance);
            redirect.addFlashAttribute("message", "Client " + clientId + " created.");
            redirect.addFlashAttribute("secret", secret);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/admin";
    }

    @PostMapping("/admin/users/{username}/unlock")
    String unlock(@PathVariable String username, RedirectAttributes redirect) {
        members.unlock(CurrentViewer.get(), username);
        redirect.addFlashAttribute("message", "User " + username + " unlocked.");
        return "redirect:/admin";
    }

    @PostMapping("/admin/users/{username}/second-factor/reset")
    String resetSecondFactor(
            @PathVariable String username,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        try {
            members.resetSecondFactor(CurrentViewer.get(), username, reason);
            redirect.addFlashAttribute(
                    "message", "The second factor of " + username + " is reset: they set it up at their next sign-in.");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/admin";
    }

    /** Disables a person's account (their sessions end at once) or enables it again, for a reason (audited). */
    @PostMapping("/admin/users/{username}/{change:disable|enable}")
    String changeEnabled(
            @PathVariable String username,
            @PathVariable String change,
            @RequestParam(required = false) @Nullable String reason,
            @RequestParam(required = false) @Nullable String shown,
            RedirectAttributes redirect) {
        Viewer admin = CurrentViewer.get();
        try {
            boolean disable = "disable".equals(change);
            boolean changed =
                    disable ? members.disable(admin, username, reason) : members.enable(admin, username, reason);
            redirect.addFlashAttribute(
                    "message",
                    "User " + username + (changed ? " " : " was already ") + (disable ? "disabled." : "enabled."));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        if (shown != null && !shown.isBlank()) {
            redirect.addAttribute("bureau", shown); // back to the bureau the administrator was looking at
        }
        return "redirect:/admin";
    }

    @PostMapping("/admin/clients/{clientId}/unlock")
    String unlockClient(@PathVariable String clientId, RedirectAttributes redirect) {
        members.unlockClient(CurrentViewer.get(), clientId);
        redirect.addFlashAttribute("message", "Client " + clientId + " unlocked.");
        return "redirect:/admin";
    }

    private static Set<Role> roles(@Nullable List<Role> roles) {
        return roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }
}
