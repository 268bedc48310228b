package fr.fidele.voice;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Finds the themes of a text: each theme's expressions analysed once, like the texts, and looked for as runs of
 * consecutive words of the text (« pas reçu » is found in « je n'ai pas reçu le colis », not in « reçu, pas encore
 * payé »).
 */
final class TopicMatcher {

	private record Expression(String topic, List<String> words) {
	}

	private final Map<String, List<Expression>> byLanguage;

	TopicMatcher(List<Topic> topics) {
		this.byLanguage = Map.of("fr", expressions(topics, "fr"), "en", expressions(topics, "en"));
	}

	private static List<Expression> expressions(List<Topic> topics, String language) {
		List<Expression> expressions = new ArrayList<>();
		for (Topic topic : topics) {
			if (topic.active()) {
				topic.terms(language).stream().map(term -> TextAnalysis.words(term, language)).filter(words -> !words.isEmpty())
					.forEach(words -> expressions.add(new Expression(topic.code(), words)));
			}
		}
		return expressions;
	}

	/** The codes of the themes the analysed words hold, in order. */
	List<String> topicsOf(List<String> words, String language) {
		TreeSet<String> found = new TreeSet<>();
		for (Expression expression : byLanguage.getOrDefault(language, byLanguage.get("fr"))) {
			if (!found.contains(expression.topic()) && Collections.indexOfSubList(words, expression.words()) >= 0) {
				found.add(expression.topic());
			}
		}
		return List.copyOf(found);
	}
}
