package fr.fidele.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import fr.fidele.FideleTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Behind a TLS reverse proxy on a trusted address (here loopback), a request the proxy marks https is secure for
 * Fidèle: the session cookie is Secure and the browser is told to keep to https. Without the proxy's header it is not.
 */
@FideleTest
class ReverseProxyTests {

	@LocalServerPort
	int port;

	@Test
	void aRequestForwardedAsHttpsGetsASecureCookieAndHsts() throws Exception {
		HttpResponse<String> viaProxy = signInPage("https");

		assertThat(viaProxy.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("JSESSIONID=") && cookie.contains("Secure"));
		assertThat(viaProxy.headers().firstValue("Strict-Transport-Security")).isPresent();
	}

	@Test
	void aPlainRequestIsNotMarkedSecure() throws Exception {
		HttpResponse<String> direct = signInPage(null);

		assertThat(direct.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("JSESSIONID="))
			.noneMatch(cookie -> cookie.contains("Secure"));
		assertThat(direct.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	private HttpResponse<String> signInPage(String forwardedProto) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"));
		if (forwardedProto != null) {
			request.header("X-Forwarded-Proto", forwardedProto);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
