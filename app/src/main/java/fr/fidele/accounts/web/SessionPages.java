package fr.fidele.accounts.web;

import fr.fidele.accounts.ApiToken;
import fr.fidele.accounts.ApiTokens;
import fr.fidele.accounts.SignedInUser;
import fr.fidele.accounts.security.SignedInSessions;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Where a person is signed in (their sessions and personal API tokens), and ending every session but this one. */
@Controller
class SessionPages {

	private final SignedInSessions sessions;
	private final ApiTokens tokens;

	SessionPages(SignedInSessions sessions, ApiTokens tokens) {
		this.sessions = sessions;
		this.tokens = tokens;
	}

	@GetMapping("/account/sessions")
	String list(SignedInUser me, HttpSession session, Model model) {
		model.addAttribute("sessions", sessions.of(me.username(), session.getId()));
		model.addAttribute("tokens", tokens.of(me.id()).stream().filter(ApiToken::active).toList());
		return "account/sessions";
	}

	@PostMapping("/account/sessions/end-others")
	String endOthers(SignedInUser me, HttpSession session, RedirectAttributes flash) {
		flash.addFlashAttribute("ended", sessions.endOthers(me.username(), session.getId()));
		return "redirect:/account/sessions";
	}
}
