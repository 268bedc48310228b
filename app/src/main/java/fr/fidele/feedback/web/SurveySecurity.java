package fr.fidele.feedback.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The survey answer pages' own door, before the pages' (AccessRules): open to anyone, since the invitation's token in
 * the address is the only key; no session and so no CSRF token (the forms carry the token itself, which a forging
 * site cannot know); the address never leaves in a Referer; the pages may not be framed.
 */
@Configuration(proxyBeanMethods = false)
class SurveySecurity {

	@Bean
	@Order(0)
	SecurityFilterChain surveyChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/s/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.authorizeHttpRequests(rules -> rules.anyRequest().permitAll())
			.headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
						+ "img-src 'self' data:; object-src 'none'; form-action 'self'; frame-ancestors 'none'")));
		return http.build();
	}
}
