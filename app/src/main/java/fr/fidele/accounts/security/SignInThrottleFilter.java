package fr.fidele.accounts.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away a sign-in that must wait before its password is even checked, back to the sign-in page with how long to
 * wait ({@code ?wait=} seconds) or that the account is locked ({@code ?locked=} minutes).
 */
final class SignInThrottleFilter extends OncePerRequestFilter {

	private final SignInAttempts attempts;
	private final Clock clock;

	SignInThrottleFilter(SignInAttempts attempts, Clock clock) {
		this.attempts = attempts;
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var wait = attempts.waitFor(request.getParameter("username"), request.getRemoteAddr());
		if (wait.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = Math.max(1, (Duration.between(clock.instant(), wait.get().until()).toMillis() + 999) / 1000);
		String query = wait.get().locked() ? "locked=" + (seconds + 59) / 60 : "wait=" + seconds;
		response.sendRedirect(request.getContextPath() + "/login?" + query);
	}
}
