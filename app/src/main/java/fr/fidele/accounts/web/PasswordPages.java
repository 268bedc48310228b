package fr.fidele.accounts.web;

import fr.fidele.accounts.PasswordPolicy;
import fr.fidele.accounts.Passwords;
import fr.fidele.accounts.SignedInUser;
import fr.fidele.accounts.security.SignedInSessions;
import fr.fidele.platform.Explanations;
import fr.fidele.platform.InvalidFieldException;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A signed-in person changes their own password; a refusal is shown beside the field at fault. */
@Controller
class PasswordPages {

	private static final String PAGE = "account/password";

	private final Passwords passwords;
	private final Explanations explanations;
	private final SignedInSessions sessions;

	PasswordPages(Passwords passwords, Explanations explanations, SignedInSessions sessions) {
		this.passwords = passwords;
		this.explanations = explanations;
		this.sessions = sessions;
	}

	@GetMapping("/account/password")
	String form(Model model) {
		model.addAttribute("shortest", PasswordPolicy.SHORTEST);
		return PAGE;
	}

	@PostMapping("/account/password")
	String change(SignedInUser me, HttpSession session, @RequestParam String currentPassword, @RequestParam String newPassword,
			@RequestParam String confirmation, Model model) {
		try {
			passwords.change(me.username(), currentPassword, newPassword, confirmation);
			// whoever knew the old password is signed out everywhere else
			sessions.endOthers(me.username(), session.getId());
			return "redirect:/account/password?changed";
		}
		catch (InvalidFieldException refused) {
			model.addAttribute("field", refused.field());
			model.addAttribute("problem", explanations.of(refused));
			return form(model);
		}
	}
}
