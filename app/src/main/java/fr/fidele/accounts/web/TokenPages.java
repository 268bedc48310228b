package fr.fidele.accounts.web;

import java.security.Principal;

import fr.fidele.accounts.ApiTokens;
import fr.fidele.accounts.User;
import fr.fidele.accounts.Users;
import fr.fidele.platform.NotFoundException;
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
	private final Users users;

	TokenPages(ApiTokens tokens, Users users) {
		this.tokens = tokens;
		this.users = users;
	}

	@GetMapping("/tokens")
	String list(Principal principal, Model model) {
		model.addAttribute("tokens", tokens.of(me(principal).id()));
		return "tokens/list";
	}

	@PostMapping("/tokens")
	String create(Principal principal, @RequestParam String name, RedirectAttributes redirect) {
		String label = name.isBlank() ? "token" : name.strip();
		ApiTokens.Created created = tokens.create(me(principal).id(), label.length() > 100 ? label.substring(0, 100) : label);
		redirect.addFlashAttribute("secret", created.secret());
		return "redirect:/tokens";
	}

	@PostMapping("/tokens/{id}/revoke")
	String revoke(Principal principal, @PathVariable long id) {
		tokens.revoke(me(principal).id(), id);
		return "redirect:/tokens";
	}

	private User me(Principal principal) {
		return users.findByUsername(principal.getName()).orElseThrow(() -> new NotFoundException("user", principal.getName()));
	}
}
