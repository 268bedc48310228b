package fr.fidele.accounts;

import java.util.Optional;

/** Whether people may sign in through an OpenID Connect provider, and what the sign-in page's button says. */
public interface SingleSignOn {

	/** The button's label when single sign-on is set up; empty otherwise. */
	Optional<String> label();

	/** Where the button leads. */
	String startPath();
}
