package fr.fidele.contactform.web;

import fr.fidele.contactform.ContactFormProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The contact form's own door, before the pages' (AccessRules): open to anyone, no session and so no CSRF cookie (a
 * form embedded in the company's site gets no cookie of Fidèle's in most browsers; the signed ticket proves the form
 * was loaded), and a frame allowed only from the sites {@code fidele.contact-form.frame-ancestors} names.
 */
@Configuration(proxyBeanMethods = false)
class ContactFormSecurity {

	@Bean
	@Order(0)
	SecurityFilterChain contactFormChain(HttpSecurity http, ContactFormProperties settings) throws Exception {
		String ancestors = String.join(" ", settings.frameAncestors());
		http.securityMatcher("/contact/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.authorizeHttpRequests(rules -> rules.anyRequest().permitAll())
			.headers(headers -> headers.frameOptions(frames -> frames.disable())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
						+ "img-src 'self' data:; object-src 'none'; form-action 'self'; frame-ancestors " + ancestors)));
		return http.build();
	}
}
