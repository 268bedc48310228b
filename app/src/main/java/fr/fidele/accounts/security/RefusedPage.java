package fr.fidele.accounts.security;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import fr.fidele.accounts.Role;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A page refused to the signed-in person says why, in their language, and who it is for: the access rules are asked,
 * role by role, whether they would open it. A form refused for a missing or expired CSRF token says so instead.
 */
final class RefusedPage implements AccessDeniedHandler {

	static final String PATH = "/refused";
	static final String ALLOWED_ROLES = RefusedPage.class.getName() + ".allowedRoles";
	static final String EXPIRED_FORM = RefusedPage.class.getName() + ".expiredForm";

	private final WebInvocationPrivilegeEvaluator rules;

	RefusedPage(WebInvocationPrivilegeEvaluator rules) {
		this.rules = rules;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refusal)
			throws IOException, ServletException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		request.setAttribute(EXPIRED_FORM, refusal instanceof CsrfException);
		request.setAttribute(ALLOWED_ROLES, allowedRoles(request.getContextPath(), path, request.getMethod()));
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		request.getRequestDispatcher(PATH).forward(request, response);
	}

	private List<Role> allowedRoles(String contextPath, String path, String method) {
		return Arrays.stream(Role.values()).filter(role -> rules.isAllowed(contextPath, path, method,
				UsernamePasswordAuthenticationToken.authenticated("role-probe", null, List.of(new SimpleGrantedAuthority(role.authority())))))
			.toList();
	}
}
