package fr.fidele.platform.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Which language a request is answered in. The API speaks the language its client asks for in each request
 * ({@code Accept-Language}), English unless it asks for French. The pages keep the language chosen last (the user's
 * own at sign-in, or the Français/English switch) in a cookie; before any choice, the browser's language when it names
 * French or English, else French.
 */
final class FideleLocaleResolver implements LocaleResolver {

	static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH);

	private final AcceptHeaderLocaleResolver api = new AcceptHeaderLocaleResolver();
	private final CookieLocaleResolver pages = new CookieLocaleResolver("fidele-lang");

	FideleLocaleResolver() {
		api.setSupportedLocales(SUPPORTED);
		api.setDefaultLocale(Locale.ENGLISH);
		AcceptHeaderLocaleResolver browser = new AcceptHeaderLocaleResolver();
		browser.setSupportedLocales(SUPPORTED);
		browser.setDefaultLocale(Locale.FRENCH);
		pages.setDefaultLocaleFunction(browser::resolveLocale);
		pages.setCookieMaxAge(Duration.ofDays(365));
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return isApi(request) ? api.resolveLocale(request) : pages.resolveLocale(request);
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		// an API client says its language in each request: nothing is remembered for it
		if (!isApi(request)) {
			pages.setLocale(request, response, locale);
		}
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}
}
