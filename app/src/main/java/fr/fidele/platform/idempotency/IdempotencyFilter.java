package fr.fidele.platform.idempotency;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import fr.fidele.platform.CurrentActor;
import fr.fidele.platform.Digests;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Honours {@code Idempotency-Key} on every API POST: the first request with a key runs and its
 * response is kept; a retry with the same key and the same body gets that response again without
 * running twice (a retried webhook never creates a duplicate). Reusing a key for a different
 * request is refused with 422; a retry while the first is still running gets 409.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";
	static final String REPLAYED = "Idempotency-Replayed";
	private static final int MAX_KEY_LENGTH = 255;

	private final IdempotentRequests requests;

	IdempotencyFilter(IdempotentRequests requests) {
		this.requests = requests;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith("/api/")
				|| request.getHeader(HEADER) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = request.getHeader(HEADER);
		if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
			problem(response, HttpStatus.BAD_REQUEST, "Idempotency-Key must be 1 to 255 characters");
			return;
		}
		CachedBodyRequest cached = new CachedBodyRequest(request);
		String principal = CurrentActor.name();
		String path = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
		byte[] hash = Digests.sha256(cached.body());
		if (requests.claim(principal, key, request.getMethod(), path, hash)) {
			runAndKeep(cached, response, chain, principal, key);
			return;
		}
		Optional<IdempotentRequests.Stored> stored = requests.find(principal, key);
		if (stored.isEmpty()) {
			problem(response, HttpStatus.CONFLICT, "The first request with this Idempotency-Key was just released; retry");
		}
		else if (!Arrays.equals(stored.get().requestHash(), hash) || !stored.get().path().equals(path)) {
			problem(response, HttpStatus.UNPROCESSABLE_CONTENT, "This Idempotency-Key was already used for a different request");
		}
		else if (stored.get().status() == null) {
			problem(response, HttpStatus.CONFLICT, "A request with this Idempotency-Key is still being processed");
		}
		else {
			replay(stored.get(), response);
		}
	}

	private void runAndKeep(CachedBodyRequest request, HttpServletResponse response, FilterChain chain,
			String principal, String key) throws IOException, ServletException {
		ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
		boolean kept = false;
		try {
			chain.doFilter(request, recorded);
			if (recorded.getStatus() < 500) {
				requests.complete(principal, key, recorded.getStatus(), recorded.getContentType(),
						recorded.getHeader(HttpHeaders.LOCATION), recorded.getContentAsByteArray());
				kept = true;
			}
		}
		finally {
			if (!kept) {
				requests.release(principal, key);
			}
			recorded.copyBodyToResponse();
		}
	}

	private static void replay(IdempotentRequests.Stored stored, HttpServletResponse response) throws IOException {
		response.setStatus(stored.status());
		response.setHeader(REPLAYED, "true");
		if (stored.contentType() != null) {
			response.setContentType(stored.contentType());
		}
		if (stored.location() != null) {
			response.setHeader(HttpHeaders.LOCATION, stored.location());
		}
		if (stored.body() != null) {
			response.getOutputStream().write(stored.body());
		}
	}

	private static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		String json = """
				{"type":"about:blank","title":"%s","status":%d,"detail":"%s","errors":[{"field":"Idempotency-Key","message":"%s"}]}"""
			.formatted(status.getReasonPhrase(), status.value(), detail, detail);
		response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
	}
}
