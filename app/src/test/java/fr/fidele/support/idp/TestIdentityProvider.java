package fr.fidele.support.idp;

import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * A real OpenID Connect provider for the single sign-on tests: Spring Authorization Server, started in the test's JVM
 * on a free port, with one client (Fidèle) and one person. The ID token carries what a company's provider would:
 * {@code preferred_username}, {@code name}, {@code locale} and the person's groups in {@code roles}.
 */
@SpringBootConfiguration
@ImportAutoConfiguration({ TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
		WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
		JacksonAutoConfiguration.class, SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
		SecurityFilterAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class, OAuth2AuthorizationServerAutoConfiguration.class,
		OAuth2AuthorizationServerJwtAutoConfiguration.class })
public class TestIdentityProvider {

	public static final String CLIENT_ID = "fidele";
	public static final String CLIENT_SECRET = "test-client-secret";
	public static final String PERSON = "nadia.benali";
	public static final String PASSWORD = "test-idp-password";
	public static final List<String> GROUPS = List.of("fidele-supervisors", "staff");

	/** Starts the provider; its issuer is {@code http://localhost:<port>}. */
	public static ConfigurableApplicationContext start() {
		SpringApplication provider = new SpringApplication(TestIdentityProvider.class);
		provider.setWebApplicationType(WebApplicationType.SERVLET);
		String client = "spring.security.oauth2.authorizationserver.client.fidele.";
		provider.setDefaultProperties(Map.ofEntries(Map.entry("server.port", "0"),
				// its own session cookie: the browser keeps it apart from Fidèle's on the same host
				Map.entry("server.servlet.session.cookie.name", "IDP_SESSION"),
				Map.entry("spring.main.banner-mode", "off"),
				Map.entry(client + "registration.client-id", CLIENT_ID),
				Map.entry(client + "registration.client-secret", "{noop}" + CLIENT_SECRET),
				Map.entry(client + "registration.client-authentication-methods", "client_secret_basic"),
				Map.entry(client + "registration.authorization-grant-types", "authorization_code"),
				// a loopback address: any port is accepted (RFC 8252), Fidèle's is random in the tests
				Map.entry(client + "registration.redirect-uris", "http://127.0.0.1/login/oauth2/code/sso"),
				Map.entry(client + "registration.scopes", "openid,profile"),
				Map.entry(client + "require-authorization-consent", "false"),
				Map.entry("spring.security.user.name", PERSON), Map.entry("spring.security.user.password", "{noop}" + PASSWORD)));
		return provider.run();
	}

	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> claims() {
		return context -> {
			if ("id_token".equals(context.getTokenType().getValue()) || OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
				context.getClaims().claim("preferred_username", context.getPrincipal().getName()).claim("name", "Nadia Benali")
					.claim("locale", "en").claim("roles", GROUPS);
			}
		};
	}
}
