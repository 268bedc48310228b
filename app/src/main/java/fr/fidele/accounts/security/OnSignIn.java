package fr.fidele.accounts.security;

import java.io.IOException;
import java.util.Locale;

import fr.fidele.accounts.Role;
import fr.fidele.accounts.SecondFactor;
import fr.fidele.accounts.SignedInUser;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.LocaleResolver;

/**
 * At sign-in a person with a second factor is held at its gate ({@link SecondFactorGate}), as is an administrator who
 * must set one up; otherwise the account's wrong passwords are forgotten ({@link SignInAttempts}), and the interface takes the user's own language (their profile's), whatever the sign-in page was shown in;
 * the Français/English switch still changes it for the rest of the session. Then on to the page asked for, or the
 * customers.
 */
final class OnSignIn extends SavedRequestAwareAuthenticationSuccessHandler {

	private final LocaleResolver locales;
	private final SignInAttempts attempts;
	private final SecondFactor secondFactor;
	private final SecondFactorGate gate;
	private final boolean secondFactorForAdministrators;

	OnSignIn(LocaleResolver locales, SignInAttempts attempts, SecondFactor secondFactor, SecondFactorGate gate,
			boolean secondFactorForAdministrators) {
		this.locales = locales;
		this.attempts = attempts;
		this.secondFactor = secondFactor;
		this.gate = gate;
		this.secondFactorForAdministrators = secondFactorForAdministrators;
		// the home page sends each person to where their work is (a mystery shopper to their assignments)
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws ServletException, IOException {
		if (authentication.getPrincipal() instanceof SignedInPrincipal principal && principal.signedIn().language() != null) {
			locales.setLocale(request, response, Locale.forLanguageTag(principal.signedIn().language()));
		}
		// a password sign-in only: an identity provider asks for its own factors
		if (authentication.getPrincipal() instanceof SignedInAccount account) {
			SignedInUser person = account.signedIn();
			boolean enrolled = secondFactor.enabled(person.id());
			if (enrolled || (secondFactorForAdministrators && person.roles().contains(Role.ADMIN))) {
				gate.hold(request, response, authentication, !enrolled);
				getRedirectStrategy().sendRedirect(request, response, enrolled ? "/login/second-factor" : "/account/second-factor");
				return;
			}
		}
		attempts.succeeded(authentication.getName());
		super.onAuthenticationSuccess(request, response, authentication);
	}
}
