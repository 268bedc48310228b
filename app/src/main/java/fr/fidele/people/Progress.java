package fr.fidele.people;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where an objective stands: the measure over the period so far ({@code actual}, null when nothing measures it yet)
 * and on how many answers, contacts or evaluations ({@code basis}).
 */
public record Progress(Objective objective, Double actual, long basis) {

	/** Whether the objective is reached: at or above its target, or at or below it for a ratio where lower is better. */
	@JsonProperty
	public boolean reached() {
		if (actual == null) {
			return false;
		}
		double target = objective.target().doubleValue();
		return objective.measure().higherIsBetter() ? actual >= target : actual <= target;
	}
}
