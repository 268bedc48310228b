package fr.fidele.accounts.security;

import java.util.Map;

import fr.fidele.accounts.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How people signing in through an OpenID Connect provider (Keycloak, Entra ID, Google Workspace...) become accounts.
 * The provider itself is Spring Boot's {@code spring.security.oauth2.client.registration.sso.*} and
 * {@code ...provider.sso.issuer-uri} (docs/security.md).
 *
 * @param usernameClaim the claim that names the account (created at the first sign-in)
 * @param rolesClaim the claim listing the person's groups or roles at the provider
 * @param roles which value of that claim gives which Fidèle role (ADMIN: fidele-admins...); a person with none of them
 * gets {@code defaultRole}
 * @param defaultRole the role of a person whose claims name none of the mapped values
 * @param teamClaim the claim naming the person's team (a team of that name must exist; otherwise none)
 * @param label what the sign-in page's button says (the provider's name)
 */
@ConfigurationProperties("fidele.sso")
@Validated
record SsoProperties(@NotBlank @DefaultValue("preferred_username") String usernameClaim,
		@NotBlank @DefaultValue("roles") String rolesClaim, @NotNull @DefaultValue Map<Role, String> roles,
		@NotNull @DefaultValue("ADVISOR") Role defaultRole, @NotBlank @DefaultValue("team") String teamClaim,
		@NotBlank @DefaultValue("SSO") String label) {
}
