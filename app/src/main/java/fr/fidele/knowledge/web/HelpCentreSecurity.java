package fr.fidele.knowledge.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The help centre's own door, before the pages' (AccessRules): public pages read by customers and search engines, no
 * session and so nothing a forged form could ride on (no CSRF token: the only form, "was this useful?", is limited per
 * address and changes nothing but a count), scripts only Fidèle's own, and no framing by other sites.
 */
@Configuration(proxyBeanMethods = false)
class HelpCentreSecurity {

	@Bean
	@Order(0)
	SecurityFilterChain helpCentreChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/help", "/help/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.authorizeHttpRequests(rules -> rules.anyRequest().permitAll())
			.headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
						+ "img-src 'self' data:; object-src 'none'; form-action 'self'; frame-ancestors 'none'")));
		return http.build();
	}
}
