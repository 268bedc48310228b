package fr.fidele.loyalty;

import java.time.Instant;
import java.util.List;

/**
 * The fitted model behind {@link ExperienceEffect}s: how many customers, churn events and
 * follow-up rows it rests on, and when it was computed.
 *
 * @param unavailable why no effect could be estimated (too little data, an experience nobody had),
 * or null when {@code effects} holds them
 */
public record ExperienceModel(List<ExperienceEffect> effects, int customers, int churned, int rows, Instant computedAt,
		String unavailable) {
}
