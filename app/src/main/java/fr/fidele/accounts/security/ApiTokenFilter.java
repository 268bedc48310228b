package fr.fidele.accounts.security;

import java.io.IOException;
import java.util.Optional;

import fr.fidele.accounts.ApiTokens;
import fr.fidele.accounts.Role;
import fr.fidele.accounts.SignedInUser;
import fr.fidele.accounts.User;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Signs in an API request carrying {@code Authorization: Bearer fid_...}; a bad token is refused at once. */
class ApiTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiTokens tokens;
	private final AuthenticationEntryPoint entryPoint;

	ApiTokenFilter(ApiTokens tokens, AuthenticationEntryPoint entryPoint) {
		this.tokens = tokens;
		this.entryPoint = entryPoint;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			chain.doFilter(request, response);
			return;
		}
		Optional<User> user = tokens.authenticate(header.substring(BEARER.length()).trim());
		if (user.isEmpty()) {
			entryPoint.commence(request, response, new BadCredentialsException("Unknown or revoked API token"));
			return;
		}
		var authorities = user.get().roles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).toList();
		var principal = SignedInUser.of(user.get());
		var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
