package fr.fidele.accounts.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/** A session older than its lifetime is ended and sent to sign in again; a younger one goes on. */
class SessionLifetimeTests {

	private final SessionLifetime lifetime = new SessionLifetime(Duration.ofHours(12));

	@Test
	void aSessionPastItsLifetimeEnds() throws Exception {
		AgedSession session = new AgedSession(Duration.ofHours(13));
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/customers");
		request.setSession(session);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();

		lifetime.doFilter(request, response, chain);

		assertThat(session.isInvalid()).isTrue();
		assertThat(response.getRedirectedUrl()).isEqualTo("/login?expired");
		assertThat(chain.getRequest()).as("the page is not served").isNull();
	}

	@Test
	void aYoungerSessionGoesOn() throws Exception {
		AgedSession session = new AgedSession(Duration.ofHours(11));
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/customers");
		request.setSession(session);
		MockFilterChain chain = new MockFilterChain();

		lifetime.doFilter(request, new MockHttpServletResponse(), chain);

		assertThat(session.isInvalid()).isFalse();
		assertThat(chain.getRequest()).isSameAs(request);
	}

	/** A session created some time ago. */
	private static final class AgedSession extends MockHttpSession {

		private final long created;

		AgedSession(Duration age) {
			this.created = System.currentTimeMillis() - age.toMillis();
		}

		@Override
		public long getCreationTime() {
			return created;
		}
	}
}
