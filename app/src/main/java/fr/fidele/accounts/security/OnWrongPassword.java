package fr.fidele.accounts.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/** A wrong password counts towards the account's and the address's waits, then shows the sign-in page's error. */
final class OnWrongPassword extends SimpleUrlAuthenticationFailureHandler {

	private final SignInAttempts attempts;

	OnWrongPassword(SignInAttempts attempts) {
		super("/login?error");
		this.attempts = attempts;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException refusal)
			throws IOException, ServletException {
		attempts.failed(request.getParameter("username"), request.getRemoteAddr());
		super.onAuthenticationFailure(request, response, refusal);
	}
}
