package fr.fidele.accounts.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.fidele.accounts.Role;
import fr.fidele.accounts.SignedInUser;
import fr.fidele.accounts.User;
import fr.fidele.accounts.UserAdministration;
import fr.fidele.accounts.Users;
import fr.fidele.accounts.AccountRequests.AccountChanges;
import fr.fidele.accounts.AccountRequests.NewAccount;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns a person the OpenID Connect provider vouched for into the Fidèle account they are: created at their first
 * sign-in, their roles and team taken from the provider's claims at each sign-in (the provider is the authority for
 * them), refused while their account is disabled here. Changes are in the account's history like an administrator's.
 */
final class OidcAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final OidcUserService provider = new OidcUserService();
	private final Users users;
	private final UserAdministration administration;
	private final SsoProperties settings;

	OidcAccounts(Users users, UserAdministration administration, SsoProperties settings) {
		this.users = users;
		this.administration = administration;
		this.settings = settings;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser vouched = provider.loadUser(request);
		String username = vouched.getClaimAsString(settings.usernameClaim());
		if (username == null || username.isBlank()) {
			throw refused("the provider gave no " + settings.usernameClaim());
		}
		username = username.strip().toLowerCase(java.util.Locale.ROOT);
		Set<Role> roles = roles(vouched.getClaimAsStringList(settings.rolesClaim()));
		String team = teamOrNone(vouched.getClaimAsString(settings.teamClaim()));
		String language = vouched.getLocale() != null && vouched.getLocale().startsWith("en") ? "en" : "fr";
		String name = vouched.getFullName() != null ? vouched.getFullName() : username;
		User user = users.findByUsername(username).isPresent()
				? administration.change(username, new AccountChanges(null, roles, team == null ? "" : team, null, null, null), "single sign-on")
				: administration.create(new NewAccount(username, name, roles, team, language, null, null), "first single sign-on");
		if (!user.enabled()) {
			throw refused("account disabled in Fidèle");
		}
		var authorities = user.roles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).toList();
		return new SignedInOidcUser(SignedInUser.of(user), authorities, vouched.getIdToken(), vouched.getUserInfo(), settings.usernameClaim());
	}

	private Set<Role> roles(List<String> claimed) {
		Collection<String> values = claimed == null ? List.of() : claimed;
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (Map.Entry<Role, String> mapping : settings.roles().entrySet()) {
			if (values.contains(mapping.getValue())) {
				roles.add(mapping.getKey());
			}
		}
		return roles.isEmpty() ? EnumSet.of(settings.defaultRole()) : roles;
	}

	private String teamOrNone(String claimed) {
		return claimed != null && users.teams().containsValue(claimed) ? claimed : null;
	}

	private static OAuth2AuthenticationException refused(String why) {
		return new OAuth2AuthenticationException(new OAuth2Error("access_denied", why, null));
	}
}
