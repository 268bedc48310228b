package fr.fidele.platform;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The person or process on whose behalf a change is made, recorded with every write. */
public final class CurrentActor {

	/** Actor name used when no one is signed in (start-up jobs, generators). */
	public static final String SYSTEM = "system";

	private CurrentActor() {
	}

	public static String name() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null) {
			return SYSTEM;
		}
		return authentication.getName();
	}
}
