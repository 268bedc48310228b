package fr.fidele.accounts.security;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import fr.fidele.accounts.Role;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Shows the refusal that the security chain prepared (see {@code RefusedPage}): why, for whom the page is, a way back. */
@Controller
class RefusedPageController {

	private final MessageSource messages;

	RefusedPageController(MessageSource messages) {
		this.messages = messages;
	}

	@RequestMapping(RefusedPage.PATH)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String refused(HttpServletRequest request, Model model, Locale locale) {
		List<?> roles = request.getAttribute(RefusedPage.ALLOWED_ROLES) instanceof List<?> list ? list : List.of();
		model.addAttribute("allowedFor", roles.stream().map(role -> messages.getMessage("role.plural." + ((Role) role).name(), null, locale))
			.collect(Collectors.joining(", ")));
		model.addAttribute("expiredForm", Boolean.TRUE.equals(request.getAttribute(RefusedPage.EXPIRED_FORM)));
		return "error/refused";
	}
}
