package fr.fidele.accounts.security;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * A person's signed-in sessions on the pages: seen, and ended everywhere but here (after a password change, or a
 * workstation left signed in). Sessions are those of this instance: behind several instances with sticky sessions,
 * each ends its own.
 */
@Component
public class SignedInSessions {

	/** One session: a short, not reusable, form of its id, when it was last used, and whether it is the one asking. */
	public record Session(String label, Instant lastUsed, boolean current) {
	}

	private final SessionRegistry registry;

	SignedInSessions(SessionRegistry registry) {
		this.registry = registry;
	}

	public List<Session> of(String username, String currentSessionId) {
		return sessions(username).stream().sorted(Comparator.comparing(SessionInformation::getLastRequest).reversed())
			.map(session -> new Session(label(session.getSessionId()), session.getLastRequest().toInstant(),
					session.getSessionId().equals(currentSessionId)))
			.toList();
	}

	/** Ends every session of the person but the current one; returns how many ended. */
	public int endOthers(String username, String currentSessionId) {
		List<SessionInformation> others = sessions(username).stream().filter(s -> !s.getSessionId().equals(currentSessionId)).toList();
		others.forEach(SessionInformation::expireNow);
		return others.size();
	}

	/** Ends every session of the person (their password was reset by someone not signed in). */
	public int endAll(String username) {
		List<SessionInformation> all = sessions(username);
		all.forEach(SessionInformation::expireNow);
		return all.size();
	}

	private List<SessionInformation> sessions(String username) {
		return registry.getAllPrincipals().stream()
			.filter(principal -> principal instanceof SignedInPrincipal signedIn && signedIn.signedIn().username().equals(username))
			.flatMap(principal -> registry.getAllSessions(principal, false).stream()).toList();
	}

	private static String label(String sessionId) {
		return sessionId.length() <= 6 ? sessionId : sessionId.substring(0, 6) + "…";
	}
}
