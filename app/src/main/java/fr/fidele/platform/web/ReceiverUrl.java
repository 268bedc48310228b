package fr.fidele.platform.web;

import java.net.URI;
import java.net.URISyntaxException;

import fr.fidele.platform.InvalidFieldException;

/**
 * The address of a partner that Fidèle calls (a webhook subscriber, a messaging provider): absolute, {@code https}
 * unless plain HTTP is allowed ({@code fidele.webhooks.allow-plain-http}, tests and private networks), and without
 * credentials in it (they would be logged and shown).
 */
public final class ReceiverUrl {

	private ReceiverUrl() {
	}

	public static void check(String field, String url, boolean allowPlainHttp) {
		URI uri;
		try {
			uri = url == null ? null : new URI(url);
		}
		catch (URISyntaxException e) {
			uri = null;
		}
		boolean https = uri != null && "https".equals(uri.getScheme());
		boolean allowedHttp = uri != null && "http".equals(uri.getScheme()) && allowPlainHttp;
		if (uri == null || uri.getHost() == null || uri.getUserInfo() != null || !(https || allowedHttp)) {
			throw new InvalidFieldException(field, allowPlainHttp ? "webhookUrl" : "webhookHttpsUrl");
		}
	}
}
