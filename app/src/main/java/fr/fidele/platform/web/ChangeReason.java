package fr.fidele.platform.web;

/** Reads why a change is made: the {@code X-Change-Reason} header, or a default naming the request. */
public final class ChangeReason {

	/** Header in which API clients say why they make a change; recorded in the history. */
	public static final String HEADER = "X-Change-Reason";
	private static final int MAX = 500;

	private ChangeReason() {
	}

	public static String or(String header, String fallback) {
		if (header == null || header.isBlank()) {
			return fallback;
		}
		return header.length() > MAX ? header.substring(0, MAX) : header.trim();
	}
}
