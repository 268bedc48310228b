package fr.fidele.accounts.security;

import java.time.Clock;

import fr.fidele.accounts.ApiTokens;
import fr.fidele.accounts.SecondFactor;
import fr.fidele.accounts.UserAdministration;
import fr.fidele.accounts.Users;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Two doors: the REST API and the actuator take personal API tokens and keep no session; the
 * pages take a form sign-in with a session and CSRF protection. The rules themselves are in
 * {@link AccessRules}, one table per door, each ending in a refusal for anything not listed.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens) throws Exception {
		var entryPoint = ProblemResponses.unauthorized();
		http.securityMatcher("/api/**", "/actuator/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.addFilterBefore(new ApiTokenFilter(tokens, entryPoint), UsernamePasswordAuthenticationFilter.class)
			.exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint).accessDeniedHandler(ProblemResponses.forbidden()))
			.authorizeHttpRequests(AccessRules::api);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageChain(HttpSecurity http, ObjectProvider<WebInvocationPrivilegeEvaluator> rules, LocaleResolver locales,
			SignInAttempts attempts, SignInProperties settings, SessionRegistry sessions, Clock clock,
			ObjectProvider<ClientRegistrationRepository> providers, Users users, UserAdministration administration, SsoProperties sso,
			SecondFactor secondFactor, SecondFactorGate gate) throws Exception {
		OnSignIn onSignIn = new OnSignIn(locales, attempts, secondFactor, gate, settings.secondFactorForAdministrators());
		if (providers.getIfAvailable() != null) {
			// single sign-on beside the password form, when an OpenID Connect provider is configured
			http.oauth2Login(login -> login.loginPage("/login").successHandler(onSignIn)
				.failureHandler(new SimpleUrlAuthenticationFailureHandler("/login?ssoError"))
				.userInfoEndpoint(info -> info.oidcUserService(new OidcAccounts(users, administration, sso))));
		}
		http.authorizeHttpRequests(AccessRules::pages)
			// the rules are asked lazily: they are built from this very chain
			.exceptionHandling(ex -> ex.accessDeniedHandler((request, response, refusal) ->
					new RefusedPage(rules.getObject()).handle(request, response, refusal)))
			.addFilterBefore(new SignInThrottleFilter(attempts, clock), UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new SessionLifetime(settings.sessionLifetime()), UsernamePasswordAuthenticationFilter.class)
			// every session is registered, so that a person sees theirs and ends the others (SignedInSessions)
			.sessionManagement(session -> session.maximumSessions(-1).sessionRegistry(sessions).expiredUrl("/login?ended"))
			.formLogin(form -> form.loginPage("/login").successHandler(onSignIn)
				.failureHandler(new OnWrongPassword(attempts)).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
			// no address of a page (a reset link's secret, a customer's file number) goes to another site in a Referer
			.headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'")));
		return http.build();
	}

	@Bean
	SessionRegistry sessionRegistry() {
		return new SessionRegistryImpl();
	}

	/** Tells the session registry when a session ends (sign-out, timeout), so it does not list it any more. */
	@Bean
	HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}
}
