package fr.fidele.chat.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The chat's public door, before the pages' (AccessRules): open to anyone and without a session, since the widget's
 * frame lives in the company's site where Fidèle's cookies are not sent. What protects a conversation is its token,
 * sent in the {@code Authorization} header (so no CSRF token is needed: another site cannot make a browser send it),
 * and the limits per address and per conversation. The frame's own page says which sites may show it
 * ({@code frame-ancestors}, the widget's origins).
 */
@Configuration(proxyBeanMethods = false)
class ChatSecurity {

	@Bean
	@Order(0)
	SecurityFilterChain chatChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/chat/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.authorizeHttpRequests(rules -> rules.anyRequest().permitAll())
			.headers(headers -> headers.frameOptions(frames -> frames.disable())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
		return http.build();
	}
}
