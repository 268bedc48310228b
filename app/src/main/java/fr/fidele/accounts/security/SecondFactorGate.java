package fr.fidele.accounts.security;

import java.util.List;
import java.util.Optional;

import fr.fidele.accounts.SecondFactor;
import fr.fidele.accounts.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Between the password and the pages, for a person with a second factor (or an administrator who must set one up):
 * the session holds their sign-in aside and grants only the second-factor page, until the code from their app
 * releases it. Wrong codes count like wrong passwords ({@link SignInAttempts}).
 */
@Component
public class SecondFactorGate {

	static final String CODE_ROLE = "SECOND_FACTOR_PENDING";
	static final String ENROLL_ROLE = "SECOND_FACTOR_ENROLL";
	private static final String HELD = SecondFactorGate.class.getName() + ".held";

	/** What a code typed at the gate did. */
	public enum Outcome { SIGNED_IN, WRONG_CODE, MUST_WAIT }

	private final SecondFactor secondFactor;
	private final SignInAttempts attempts;
	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	SecondFactorGate(SecondFactor secondFactor, SignInAttempts attempts) {
		this.secondFactor = secondFactor;
		this.attempts = attempts;
	}

	/** Holds a password sign-in until the second factor; {@code enroll} when it must first be set up. */
	void hold(HttpServletRequest request, HttpServletResponse response, Authentication signedIn, boolean enroll) {
		request.getSession().setAttribute(HELD, signedIn);
		var pending = UsernamePasswordAuthenticationToken.authenticated(signedIn.getPrincipal(), null,
				List.of(new SimpleGrantedAuthority("ROLE_" + (enroll ? ENROLL_ROLE : CODE_ROLE))));
		save(request, response, pending);
	}

	/** The person waiting at the gate, if any. */
	public Optional<SignedInUser> waiting(HttpServletRequest request) {
		return held(request).map(Authentication::getPrincipal).filter(SignedInPrincipal.class::isInstance)
			.map(principal -> ((SignedInPrincipal) principal).signedIn());
	}

	/** Checks the code of the person waiting; right, it signs them in. */
	public Outcome verify(HttpServletRequest request, HttpServletResponse response, String code) {
		SignedInUser person = waiting(request).orElseThrow(() -> new IllegalStateException("nobody is waiting at the gate"));
		if (attempts.waitFor(person.username(), request.getRemoteAddr()).isPresent()) {
			return Outcome.MUST_WAIT;
		}
		if (!secondFactor.verify(person.id(), code)) {
			attempts.failed(person.username(), request.getRemoteAddr());
			return Outcome.WRONG_CODE;
		}
		release(request, response);
		return Outcome.SIGNED_IN;
	}

	/** Lets the person waiting in (their second factor was checked or just set up). */
	public void release(HttpServletRequest request, HttpServletResponse response) {
		held(request).ifPresent(signedIn -> {
			request.getSession().removeAttribute(HELD);
			save(request, response, signedIn);
			attempts.succeeded(signedIn.getName());
		});
	}

	private static Optional<Authentication> held(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session == null ? Optional.empty() : Optional.ofNullable((Authentication) session.getAttribute(HELD));
	}

	private void save(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
	}
}
