package fr.fidele.accounts.security;

import fr.fidele.accounts.Role;
import fr.fidele.accounts.SignedInUser;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The account a person signed in to the pages with: the password check's details, and who they are for the pages. */
final class SignedInAccount extends User implements SignedInPrincipal {

	private final SignedInUser signedIn;

	SignedInAccount(SignedInUser signedIn, String passwordHash) {
		super(signedIn.username(), passwordHash, signedIn.roles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).toList());
		this.signedIn = signedIn;
	}

	@Override
	public SignedInUser signedIn() {
		return signedIn;
	}
}
