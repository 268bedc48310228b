package fr.fidele.accounts.security;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.LocaleResolver;

/**
 * At sign-in the account's wrong passwords are forgotten ({@link SignInAttempts}), and the interface takes the user's own language (their profile's), whatever the sign-in page was shown in;
 * the Français/English switch still changes it for the rest of the session. Then on to the page asked for, or the
 * customers.
 */
final class OnSignIn extends SavedRequestAwareAuthenticationSuccessHandler {

	private final LocaleResolver locales;
	private final SignInAttempts attempts;

	OnSignIn(LocaleResolver locales, SignInAttempts attempts) {
		this.locales = locales;
		this.attempts = attempts;
		setDefaultTargetUrl("/customers");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws ServletException, IOException {
		attempts.succeeded(authentication.getName());
		if (authentication.getPrincipal() instanceof SignedInPrincipal principal && principal.signedIn().language() != null) {
			locales.setLocale(request, response, Locale.forLanguageTag(principal.signedIn().language()));
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}
}
