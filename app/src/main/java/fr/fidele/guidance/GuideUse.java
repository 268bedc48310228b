package fr.fidele.guidance;

import java.time.Instant;
import java.util.List;

import fr.fidele.customers.Expertise;

/**
 * A guide shown beside a contact and what the advisor did of it: the steps followed (in order) with the customer's
 * answers where a step branched, and the outcome (null while only shown).
 */
public record GuideUse(long id, long contactId, Long customerId, Long advisorId, String guide, int version, long versionId, Expertise expertise,
		String language, Instant shownAt, GuideOutcome outcome, List<Integer> steps, List<String> answers) {

	public boolean followed(int step) {
		return steps.contains(step);
	}

	/**
	 * The step the advisor is at: the one the last answer led to, or the one after the last followed, or the first;
	 * 0 once the last step is followed.
	 */
	public int nextStep(GuideText text) {
		if (steps.isEmpty()) {
			return 1;
		}
		int last = steps.get(steps.size() - 1);
		String answer = answers.get(answers.size() - 1);
		int next = text.step(last).flatMap(step -> step.branches().stream().filter(b -> b.answer().equals(answer)).findFirst())
			.map(GuideText.Branch::toStep).orElse(last + 1);
		return next <= text.steps().size() ? next : 0;
	}
}
