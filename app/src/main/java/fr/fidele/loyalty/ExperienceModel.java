package fr.fidele.loyalty;

import java.time.Instant;
import java.util.List;

import fr.fidele.casefile.Experience;

/**
 * The fitted experience model: one {@link Effect} per {@link Experience} (term = its name), how
 * many customers and churn events it rests on, and when it was computed.
 *
 * @param unavailable why no effect could be estimated (too little data, an experience nobody had),
 * or null when {@code effects} holds them
 */
public record ExperienceModel(List<Effect> effects, int customers, int churned, Instant computedAt, String unavailable) {

	/** The model of {@code effects}, with why none could be estimated when there is none. */
	static ExperienceModel of(List<Effect> effects, int customers, int churned, Instant computedAt) {
		String unavailable = churned == 0 ? "no customer has churned yet"
				: effects.isEmpty() ? "too few customers went through some experiences to estimate their effect" : null;
		return new ExperienceModel(effects, customers, churned, computedAt, unavailable);
	}
}
