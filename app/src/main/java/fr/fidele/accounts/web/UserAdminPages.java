package fr.fidele.accounts.web;

import java.util.EnumSet;
import java.util.Set;

import fr.fidele.accounts.AccountRequests.AccountChanges;
import fr.fidele.accounts.AccountRequests.NewAccount;
import fr.fidele.accounts.Role;
import fr.fidele.accounts.UserAdministration;
import fr.fidele.accounts.Users;
import fr.fidele.accounts.security.SignInAttempts;
import fr.fidele.history.History;
import fr.fidele.platform.NotFoundException;
import fr.fidele.platform.web.PageActions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's pages for accounts and teams; each form's refusal is said at the top of the page it came from. */
@Controller
class UserAdminPages {

	private static final String LIST = "redirect:/admin/users";

	private final UserAdministration administration;
	private final Users users;
	private final SignInAttempts attempts;
	private final History history;
	private final PageActions actions;

	UserAdminPages(UserAdministration administration, Users users, SignInAttempts attempts, History history, PageActions actions) {
		this.administration = administration;
		this.users = users;
		this.attempts = attempts;
		this.history = history;
		this.actions = actions;
	}

	@GetMapping("/admin/users")
	String list(Model model) {
		model.addAttribute("users", users.all());
		model.addAttribute("teams", users.teams());
		model.addAttribute("roles", Role.values());
		return "admin/users";
	}

	@GetMapping("/admin/users/{username}")
	String account(@PathVariable String username, Model model) {
		var user = users.findByUsername(username).orElseThrow(() -> new NotFoundException("user", username));
		model.addAttribute("account", user);
		model.addAttribute("teams", users.teams());
		model.addAttribute("roles", Role.values());
		model.addAttribute("history", history.of(UserAdministration.ENTITY, user.id()));
		return "admin/user";
	}

	@PostMapping("/admin/users")
	String create(@RequestParam String username, @RequestParam String displayName, @RequestParam(required = false) Set<Role> roles,
			@RequestParam(required = false) String team, @RequestParam String language, @RequestParam(required = false) String password,
			@RequestParam(required = false) String email, @RequestParam String reason, RedirectAttributes flash) {
		return actions.act(flash, LIST, () -> administration.create(new NewAccount(username.strip(), displayName, roles(roles), team, language,
				password == null || password.isEmpty() ? null : password, email), reason));
	}

	@PostMapping("/admin/users/{username}")
	String change(@PathVariable String username, @RequestParam String displayName, @RequestParam(required = false) Set<Role> roles,
			@RequestParam(required = false) String team, @RequestParam String language,
			@RequestParam(defaultValue = "false") boolean enabled, @RequestParam(defaultValue = "") String email, @RequestParam String reason,
			RedirectAttributes flash) {
		return actions.act(flash, "redirect:/admin/users/" + username, () -> administration.change(username,
				new AccountChanges(displayName, roles(roles), team == null ? "" : team, language, enabled, email), reason));
	}

	@PostMapping("/admin/users/{username}/password")
	String password(@PathVariable String username, @RequestParam String password, @RequestParam String reason, RedirectAttributes flash) {
		return actions.act(flash, "redirect:/admin/users/" + username, () -> administration.resetPassword(username, password, reason));
	}

	@PostMapping("/admin/users/{username}/unlock")
	String unlock(@PathVariable String username, RedirectAttributes flash) {
		return actions.act(flash, "redirect:/admin/users/" + username, () -> attempts.unlock(username));
	}

	@PostMapping("/admin/teams")
	String createTeam(@RequestParam String name, RedirectAttributes flash) {
		return actions.act(flash, LIST, () -> administration.createTeam(name, "created on the administration page"));
	}

	private static Set<Role> roles(Set<Role> roles) {
		return roles == null ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
	}
}
