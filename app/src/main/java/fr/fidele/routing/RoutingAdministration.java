package fr.fidele.routing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.fidele.accounts.User;
import fr.fidele.accounts.Users;
import fr.fidele.contacts.Reasons;
import fr.fidele.casefile.Segment;
import fr.fidele.history.History;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator defines the queues and what each advisor can take (skills with levels, languages). Every change is
 * kept in the history with who, when and why: a queue's under entity {@value #QUEUE}, an advisor's under
 * {@value #ADVISOR} with their account's id. The next assignment round routes by the new definitions.
 */
@Service
public class RoutingAdministration {

	public static final String QUEUE = "queue";
	public static final String ADVISOR = "advisor";
	private static final String CODE = "[A-Z0-9_]{2,40}";
	private static final Set<String> LANGUAGES = Set.of("fr", "en");

	private final Queues queues;
	private final AdvisorStates advisors;
	private final Reasons reasons;
	private final Users users;
	private final History history;

	RoutingAdministration(Queues queues, AdvisorStates advisors, Reasons reasons, Users users, History history) {
		this.queues = queues;
		this.advisors = advisors;
		this.reasons = reasons;
		this.users = users;
		this.history = history;
	}

	/** What an advisor can take. */
	public record AdvisorProfile(String username, Map<String, Integer> skills, List<String> languages) {
	}

	public List<QueueDefinition> queues() {
		return queues.definitions();
	}

	@Transactional
	public QueueDefinition saveQueue(QueueDefinition queue, String reason) {
		check(queue);
		long id = queues.save(queue);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("code", queue.code());
		details.put("definition", queue.toString());
		history.record(QUEUE, id, "defined", reason, details);
		return queue;
	}

	public AdvisorProfile profile(String username) {
		User advisor = advisor(username);
		return new AdvisorProfile(username, advisors.skillsOf(advisor.id()), advisors.languagesOf(advisor.id()));
	}

	@Transactional
	public AdvisorProfile changeProfile(String username, Map<String, Integer> skills, List<String> languages, String reason) {
		User advisor = advisor(username);
		if (languages == null || languages.isEmpty() || !LANGUAGES.containsAll(languages)) {
			throw new InvalidFieldException("languages", "languages");
		}
		(skills == null ? Map.<String, Integer>of() : skills).forEach((skill, level) -> {
			if (!skill.matches(CODE)) {
				throw new InvalidFieldException("skills." + skill, "code");
			}
			if (level == null || level < 1 || level > 5) {
				throw new InvalidFieldException("skills." + skill, "skillLevel");
			}
		});
		AdvisorProfile before = profile(username);
		advisors.replaceProfile(advisor.id(), skills == null ? Map.of() : skills, languages.stream().distinct().sorted().toList());
		AdvisorProfile after = profile(username);
		history.record(ADVISOR, advisor.id(), "routing profile changed", reason,
				Map.of("from", before.skills() + " " + before.languages(), "to", after.skills() + " " + after.languages()));
		return after;
	}

	private User advisor(String username) {
		return users.findByUsername(username).orElseThrow(() -> new NotFoundException("user", username));
	}

	private void check(QueueDefinition q) {
		require(q.code() != null && q.code().matches(CODE), "code", "code");
		require(q.labelFr() != null && !q.labelFr().isBlank(), "labelFr", "required");
		require(q.labelEn() != null && !q.labelEn().isBlank(), "labelEn", "required");
		require(q.reason() == null || reasons.find(q.reason()).isPresent(), "reason", "unknownReason", q.reason());
		require(q.segment() == null || java.util.Arrays.stream(Segment.values()).anyMatch(s -> s.name().equals(q.segment())), "segment",
				"oneOf", List.of(Segment.values()));
		require(q.language() == null || LANGUAGES.contains(q.language()), "language", "frOrEn");
		require(q.skill() != null && q.skill().matches(CODE), "skill", "code");
		require(q.minLevel() >= 1 && q.minLevel() <= 5, "minLevel", "skillLevel");
		require(q.priority() >= -100 && q.priority() <= 100, "priority", "between", -100, 100);
		require(q.callbackOfferSeconds() >= 0, "callbackOfferSeconds", "notNegative");
		require(q.defaultHandleSeconds() > 0, "defaultHandleSeconds", "between", 1, Integer.MAX_VALUE);
	}

	private static void require(boolean condition, String field, String code, Object... arguments) {
		if (!condition) {
			throw new InvalidFieldException(field, code, arguments);
		}
	}
}
