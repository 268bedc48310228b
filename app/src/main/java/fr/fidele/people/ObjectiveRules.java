package fr.fidele.people;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Set;

import fr.fidele.accounts.Users;
import fr.fidele.platform.InvalidFieldException;
import org.springframework.stereotype.Component;

/**
 * What an objective must be: for one advisor or one team that exist, on a measure of what the service is for (a
 * handle-time objective is refused, naming why), a target inside its measure's range, a period that ends after it
 * starts and lasts at most a year.
 */
@Component
class ObjectiveRules {

	/** Measures of time or volume people ask for, and which Fidèle refuses with its reason. */
	private static final Set<String> STOPWATCH = Set.of("AHT", "HANDLE_TIME", "HANDLING_TIME", "TALK_TIME", "WAIT", "WAIT_TIME", "ASA",
			"CALLS", "CALLS_PER_HOUR", "CONTACTS", "OCCUPANCY");
	static final int NOTE_LENGTH = 1000;

	private final Users users;

	ObjectiveRules(Users users) {
		this.users = users;
	}

	ObjectiveMeasure check(NewObjective objective) {
		if ((objective.advisorId() == null) == (objective.teamId() == null)) {
			throw new InvalidFieldException("advisorId", "advisorOrTeam");
		}
		if (objective.advisorId() != null && users.findById(objective.advisorId()).isEmpty()) {
			throw new InvalidFieldException("advisorId", "unknownUser", objective.advisorId());
		}
		if (objective.teamId() != null && !users.teams().containsKey(objective.teamId())) {
			throw new InvalidFieldException("teamId", "unknownTeam", objective.teamId());
		}
		ObjectiveMeasure measure = measure(objective.measure());
		if (objective.target() == null) {
			throw new InvalidFieldException("target", "required");
		}
		BigDecimal low = measure == ObjectiveMeasure.NPS ? BigDecimal.valueOf(-100) : BigDecimal.ZERO;
		BigDecimal high = measure == ObjectiveMeasure.LOYALTY_CONTRIBUTION ? BigDecimal.valueOf(5) : BigDecimal.valueOf(100);
		if (objective.target().compareTo(low) < 0 || objective.target().compareTo(high) > 0) {
			throw new InvalidFieldException("target", "between", low, high);
		}
		if (objective.periodStart() == null) {
			throw new InvalidFieldException("periodStart", "required");
		}
		if (objective.periodEnd() == null || objective.periodEnd().isBefore(objective.periodStart())) {
			throw new InvalidFieldException("periodEnd", "endsBeforeItStarts");
		}
		if (objective.periodEnd().isAfter(objective.periodStart().plusYears(1))) {
			throw new InvalidFieldException("periodEnd", "longerThanAYear");
		}
		if (objective.note() != null && objective.note().length() > NOTE_LENGTH) {
			throw new InvalidFieldException("note", "tooLong", NOTE_LENGTH);
		}
		return measure;
	}

	private static ObjectiveMeasure measure(String name) {
		if (name == null || name.isBlank()) {
			throw new InvalidFieldException("measure", "required");
		}
		String wanted = name.strip().toUpperCase(java.util.Locale.ROOT);
		if (STOPWATCH.contains(wanted)) {
			throw new InvalidFieldException("measure", "neverOnTime", name);
		}
		return Arrays.stream(ObjectiveMeasure.values()).filter(m -> m.name().equals(wanted)).findFirst()
			.orElseThrow(() -> new InvalidFieldException("measure", "unknownValue", name));
	}
}
