package fr.fidele.routing;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The queue an arriving item joins: among active queues whose reason, segment and language fit the item (a queue
 * that states none accepts any), the most specific, then the highest priority.
 */
final class QueueSelection {

	/** What a queue accepts; a null field accepts anything. */
	record QueueScope(String code, String reason, String segment, String language, int priority) {

		boolean accepts(String itemReason, String itemSegment, String itemLanguage) {
			return fits(reason, itemReason) && fits(segment, itemSegment) && fits(language, itemLanguage);
		}

		int specificity() {
			return (reason == null ? 0 : 1) + (segment == null ? 0 : 1) + (language == null ? 0 : 1);
		}

		private static boolean fits(String required, String actual) {
			return required == null || required.equals(actual);
		}
	}

	private QueueSelection() {
	}

	static Optional<String> choose(List<QueueScope> queues, String reason, String segment, String language) {
		return queues.stream()
			.filter(queue -> queue.accepts(reason, segment, language))
			.max(Comparator.comparingInt(QueueScope::specificity).thenComparingInt(QueueScope::priority)
				.thenComparing(QueueScope::code, Comparator.reverseOrder()))
			.map(QueueScope::code);
	}
}
