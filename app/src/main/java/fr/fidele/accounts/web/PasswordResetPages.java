package fr.fidele.accounts.web;

import fr.fidele.accounts.PasswordPolicy;
import fr.fidele.accounts.PasswordResets;
import fr.fidele.accounts.security.SignInAttempts;
import fr.fidele.accounts.security.SignedInSessions;
import fr.fidele.platform.Explanations;
import fr.fidele.platform.InvalidFieldException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Pages for someone who forgot their password, not signed in: ask for a link by e-mail, then set a new password
 * through it. Once set, every session of the account ends and a sign-in lock is lifted: the person proved they hold
 * the account's mailbox.
 */
@Controller
class PasswordResetPages {

	private static final String FORGOTTEN = "password/forgotten";
	private static final String RESET = "password/reset";

	private final PasswordResets resets;
	private final SignedInSessions sessions;
	private final SignInAttempts attempts;
	private final Explanations explanations;

	PasswordResetPages(PasswordResets resets, SignedInSessions sessions, SignInAttempts attempts, Explanations explanations) {
		this.resets = resets;
		this.sessions = sessions;
		this.attempts = attempts;
		this.explanations = explanations;
	}

	@GetMapping("/password/forgotten")
	String forgotten(Model model) {
		model.addAttribute("available", resets.available());
		return FORGOTTEN;
	}

	@PostMapping("/password/forgotten")
	String request(@RequestParam(defaultValue = "") String account, HttpServletRequest request, Model model) {
		if (!resets.available()) {
			return forgotten(model);
		}
		if (resets.request(account, request.getRemoteAddr()) == PasswordResets.Answer.TOO_MANY_REQUESTS) {
			model.addAttribute("tooMany", true);
			return forgotten(model);
		}
		return "redirect:/password/forgotten?sent";
	}

	@GetMapping(PasswordResets.PATH)
	String form(@RequestParam(required = false) String token, Model model) {
		model.addAttribute("usable", resets.usable(token));
		model.addAttribute("token", token);
		model.addAttribute("shortest", PasswordPolicy.SHORTEST);
		return RESET;
	}

	@PostMapping(PasswordResets.PATH)
	String reset(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String newPassword,
			@RequestParam(defaultValue = "") String confirmation, Model model) {
		try {
			String username = resets.reset(token, newPassword, confirmation);
			sessions.endAll(username);
			attempts.unlock(username);
			return "redirect:/login?reset";
		}
		catch (InvalidFieldException refused) {
			model.addAttribute("field", refused.field());
			model.addAttribute("problem", explanations.of(refused));
			return form(token, model);
		}
	}
}
