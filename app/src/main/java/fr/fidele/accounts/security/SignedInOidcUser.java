package fr.fidele.accounts.security;

import java.util.Collection;

import fr.fidele.accounts.SignedInUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** A person signed in through the OpenID Connect provider, with the Fidèle account they are. */
final class SignedInOidcUser extends DefaultOidcUser implements SignedInPrincipal {

	private static final long serialVersionUID = 1L;

	private final SignedInUser signedIn;

	SignedInOidcUser(SignedInUser signedIn, Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken,
			OidcUserInfo userInfo, String usernameClaim) {
		super(authorities, idToken, userInfo, usernameClaim);
		this.signedIn = signedIn;
	}

	@Override
	public SignedInUser signedIn() {
		return signedIn;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SignedInOidcUser user && user.signedIn.id() == signedIn.id();
	}

	@Override
	public int hashCode() {
		return Long.hashCode(signedIn.id());
	}
}
