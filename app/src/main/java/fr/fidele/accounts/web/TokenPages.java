package fr.fidele.accounts.web;

import fr.fidele.accounts.ApiTokens;
import fr.fidele.accounts.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A user's own personal API tokens: create one (shown once), see when each was used, revoke. */
@Controller
class TokenPages {

	private final ApiTokens tokens;

	TokenPages(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping("/tokens")
	String list(SignedInUser me, Model model) {
		model.addAttribute("tokens", tokens.of(me.id()));
		return "tokens/list";
	}

	@PostMapping("/tokens")
	String create(SignedInUser me, @RequestParam String name, RedirectAttributes redirect) {
		String label = name.isBlank() ? "token" : name.strip();
		ApiTokens.Created created = tokens.create(me.id(), label.length() > 100 ? label.substring(0, 100) : label);
		redirect.addFlashAttribute("secret", created.secret());
		return "redirect:/tokens";
	}

	@PostMapping("/tokens/{id}/revoke")
	String revoke(SignedInUser me, @PathVariable long id) {
		tokens.revoke(me.id(), id);
		return "redirect:/tokens";
	}
}
