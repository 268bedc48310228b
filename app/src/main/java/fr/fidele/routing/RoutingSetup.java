package fr.fidele.routing;

import java.util.List;
import java.util.Map;

import fr.fidele.platform.InvalidFieldException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Prepares an advisor for routing: the languages they serve in and their skills with levels (1 to 5). */
@Service
public class RoutingSetup {

	private final AdvisorStates advisors;

	RoutingSetup(AdvisorStates advisors) {
		this.advisors = advisors;
	}

	@Transactional
	public void prepare(long advisorId, List<String> languages, Map<String, Integer> skills) {
		if (languages.isEmpty() || !List.of("fr", "en").containsAll(languages)) {
			throw new InvalidFieldException("languages", "languages");
		}
		languages.forEach(language -> advisors.addLanguage(advisorId, language));
		skills.forEach((skill, level) -> {
			if (level < 1 || level > 5) {
				throw new InvalidFieldException("skills." + skill, "skillLevel");
			}
			advisors.grantSkill(advisorId, skill, level);
		});
	}
}
