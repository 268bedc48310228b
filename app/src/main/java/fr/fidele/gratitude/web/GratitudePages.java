package fr.fidele.gratitude.web;

import java.util.List;

import fr.fidele.accounts.Role;
import fr.fidele.accounts.SignedInUser;
import fr.fidele.customers.Customers;
import fr.fidele.gratitude.Gratitude;
import fr.fidele.gratitude.GratitudeFigures;
import fr.fidele.gratitude.GratitudeMoment;
import fr.fidele.gratitude.ThanksChannel;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.web.PageActions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /gratitude}: my thank-you reminders, each with its context and a form to record the thanks I gave myself, a
 * form to note a moment Fidèle cannot find, and for supervisors every open reminder; {@code /gratitude/figures}:
 * whether thanked customers stay longer.
 */
@Controller
class GratitudePages {

	private static final String PAGE = "redirect:/gratitude";
	private static final int SUPERVISORS_LIST = 200;

	private final Gratitude gratitude;
	private final GratitudeFigures figures;
	private final Customers customers;
	private final PageActions actions;

	GratitudePages(Gratitude gratitude, GratitudeFigures figures, Customers customers, PageActions actions) {
		this.gratitude = gratitude;
		this.figures = figures;
		this.customers = customers;
		this.actions = actions;
	}

	@GetMapping("/gratitude")
	String reminders(SignedInUser me, Model model) {
		boolean lead = me.roles().contains(Role.SUPERVISOR) || me.roles().contains(Role.ADMIN);
		model.addAttribute("mine", gratitude.of(me.id())).addAttribute("open", lead ? gratitude.open(SUPERVISORS_LIST) : List.of())
			.addAttribute("channels", ThanksChannel.values())
			.addAttribute("noted", List.of(GratitudeMoment.HELPED, GratitudeMoment.LOSS));
		return "gratitude/reminders";
	}

	@PostMapping("/gratitude/reminders/{id}/thanked")
	String thanked(@PathVariable long id, @RequestParam(required = false) ThanksChannel channel, @RequestParam(required = false) String note,
			SignedInUser me, RedirectAttributes flash) {
		return actions.act(flash, PAGE, () -> gratitude.thank(id, me, channel, note));
	}

	@PostMapping("/gratitude/reminders/{id}/dismissed")
	String dismissed(@PathVariable long id, @RequestParam(required = false) String reason, SignedInUser me, RedirectAttributes flash) {
		return actions.act(flash, PAGE, () -> gratitude.dismiss(id, me, reason));
	}

	@PostMapping("/gratitude/moments")
	String notice(@RequestParam(required = false) String customer, @RequestParam(required = false) GratitudeMoment moment,
			@RequestParam(required = false) String context, SignedInUser me, RedirectAttributes flash) {
		return actions.act(flash, PAGE, () -> {
			Long customerId = customers.idByReference(PageActions.blankToNull(customer) == null ? "" : customer.strip())
				.orElseThrow(() -> new InvalidFieldException("customer", "unknownCustomer", customer));
			gratitude.notice(customerId, moment, context, me.id());
		});
	}

	@GetMapping("/gratitude/figures")
	String figures(Model model) {
		model.addAttribute("figures", figures.all());
		return "gratitude/figures";
	}
}
