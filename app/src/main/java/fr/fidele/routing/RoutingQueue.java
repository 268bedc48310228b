package fr.fidele.routing;

/** A queue: which items join it (reason, segment, language) and what it requires of the advisor (skill, level). */
public record RoutingQueue(String code, String labelFr, String labelEn, String reason, String segment, String language,
		String skill, int minLevel, int priority, int callbackOfferSeconds, int defaultHandleSeconds) {

	public String label(String language) {
		return "en".equals(language) ? labelEn : labelFr;
	}

	QueueSelection.QueueScope scope() {
		return new QueueSelection.QueueScope(code, reason, segment, language, priority);
	}
}
