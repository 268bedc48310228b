package fr.fidele.privacy;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.fidele.platform.CurrentActor;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records each successful opening of a customer's file, page or API ({@code /customers/{id}...},
 * {@code /api/customers/{id}...}), by the signed-in person, in the read audit. It runs after the security filters, so
 * only what was allowed and answered is recorded, without the modules that show customers knowing about it.
 */
@Component
class CustomerReadFilter extends OncePerRequestFilter {

	private static final Pattern CUSTOMER_PATH = Pattern.compile("^/(?:api/)?customers/(\\d{1,18})(?:/.*)?$");

	private final ReadAudit audit;

	CustomerReadFilter(ReadAudit audit) {
		this.audit = audit;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) || !CUSTOMER_PATH.matcher(request.getServletPath()).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, response);
		Matcher path = CUSTOMER_PATH.matcher(request.getServletPath());
		String actor = CurrentActor.name();
		if (path.matches() && response.getStatus() < 300 && !CurrentActor.SYSTEM.equals(actor)) {
			audit.record(Long.parseLong(path.group(1)), actor, "GET " + request.getServletPath());
		}
	}
}
