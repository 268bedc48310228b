package fr.fidele.ui;

import fr.fidele.accounts.PasswordResets;
import fr.fidele.accounts.SingleSignOn;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in form; Spring Security handles the POST. After too many wrong passwords it says how long to wait, or
 * that the account is locked (numbers only: anything else in the address is ignored).
 */
@Controller
class LoginPage {

	private final SingleSignOn singleSignOn;
	private final PasswordResets resets;

	LoginPage(SingleSignOn singleSignOn, PasswordResets resets) {
		this.singleSignOn = singleSignOn;
		this.resets = resets;
	}

	@GetMapping("/login")
	String login(@RequestParam(required = false) String wait, @RequestParam(required = false) String locked, Model model) {
		singleSignOn.label().ifPresent(label -> {
			model.addAttribute("ssoLabel", label);
			model.addAttribute("ssoPath", singleSignOn.startPath());
		});
		model.addAttribute("waitSeconds", number(wait));
		model.addAttribute("lockedMinutes", number(locked));
		model.addAttribute("resetByMail", resets.available());
		return "login";
	}

	private static Integer number(String value) {
		return value != null && value.matches("\\d{1,6}") ? Integer.valueOf(value) : null;
	}
}
