package fr.fidele.accounts.web;

import fr.fidele.accounts.SecondFactor;
import fr.fidele.accounts.SignedInUser;
import fr.fidele.accounts.security.SecondFactorGate;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second factor: its code asked after the password, and setting it up (the secret for the authenticator app,
 * confirmed by a first code), also for an administrator held at the gate until they have one.
 */
@Controller
class SecondFactorPages {

	private static final String SET_UP = "account/second-factor";

	private final SecondFactor secondFactor;
	private final SecondFactorGate gate;

	SecondFactorPages(SecondFactor secondFactor, SecondFactorGate gate) {
		this.secondFactor = secondFactor;
		this.gate = gate;
	}

	@GetMapping("/login/second-factor")
	String codeForm() {
		return "login-second-factor";
	}

	@PostMapping("/login/second-factor")
	String code(@RequestParam String code, HttpServletRequest request, HttpServletResponse response, Model model) {
		return switch (gate.verify(request, response, code)) {
			case SIGNED_IN -> "redirect:/customers";
			case WRONG_CODE -> {
				model.addAttribute("wrong", true);
				yield "login-second-factor";
			}
			case MUST_WAIT -> "redirect:/login?wait=60";
		};
	}

	@GetMapping("/account/second-factor")
	String setUp(SignedInUser me, Model model) {
		if (secondFactor.enabled(me.id())) {
			model.addAttribute("enabled", true);
		}
		else {
			model.addAttribute("enrollment", secondFactor.start(me.id(), me.username()));
		}
		return SET_UP;
	}

	@PostMapping("/account/second-factor/confirm")
	String confirm(SignedInUser me, @RequestParam String code, HttpServletRequest request, HttpServletResponse response, Model model) {
		if (!secondFactor.confirm(me.id(), code)) {
			model.addAttribute("wrong", true);
			model.addAttribute("enrollment", secondFactor.start(me.id(), me.username()));
			return SET_UP;
		}
		boolean held = gate.waiting(request).isPresent();
		gate.release(request, response);
		return held ? "redirect:/customers" : "redirect:/account/second-factor";
	}
}
