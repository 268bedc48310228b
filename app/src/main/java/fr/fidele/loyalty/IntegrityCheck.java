package fr.fidele.loyalty;

import fr.fidele.casefile.TallyCounts;
import fr.fidele.casefile.CallCounts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

/**
 * Finds advisors, teams (an outsourcer, a site) and queues who hang up on customers to keep their queue figures: the
 * share of answered calls each one ended within seconds, against everyone's pooled share. A binomial z-score above
 * {@value #FLAG_Z} is far beyond chance even across hundreds of advisors. Beside it, the share of calls ended by
 * the advisor, of very short calls, and the abandonment of each queue.
 */
@Service
public class IntegrityCheck {

	/** z-score above which an advisor, a team or a queue is flagged. */
	static final double FLAG_Z = 4.0;
	/** Below this many answered calls nobody is judged. */
	static final long MIN_CALLS = 30;

	private final CountsByFilter counts;
	private final AdvisorNames people;

	IntegrityCheck(CountsByFilter counts, AdvisorNames people) {
		this.counts = counts;
		this.people = people;
	}

	/** Every advisor who answered a call, flagged ones first, as last counted. */
	public List<AdvisorIntegrity> advisors() {
		return report(ContactFilter.NONE).advisors();
	}

	/** The queues of the contacts counted at the last recomputation, without computing any report. */
	public List<String> queueNames() {
		return counts.of(ContactFilter.NONE).queues().stream().map(TallyCounts.QueueCount::queue).toList();
	}

	/** The integrity of the contacts of {@code filter}; its team chooses the advisors listed. */
	public IntegrityReport report(ContactFilter filter) {
		return report(counts.of(filter), people.names(), filter.teamId());
	}

	static IntegrityReport report(TallyCounts counted, Map<Long, AdvisorNames.Name> names, Long teamId) {
		Map<Long, CallCounts> byAdvisor = new HashMap<>();
		for (TallyCounts.AdvisorCell cell : counted.advisors()) {
			byAdvisor.merge(cell.advisor(), cell.calls(), CallCounts::plus);
		}
		CallCounts everyone = byAdvisor.values().stream().reduce(CallCounts.ZERO, CallCounts::plus);
		double pooled = everyone.answered() == 0 ? 0 : everyone.hangUpRate();
		Map<String, CallCounts> byTeam = new TreeMap<>();
		List<AdvisorIntegrity> advisors = new ArrayList<>();
		byAdvisor.forEach((id, calls) -> {
			AdvisorNames.Name name = names.get(id);
			byTeam.merge(name.team(), calls, CallCounts::plus);
			if (calls.answered() > 0 && (teamId == null || teamId.equals(name.teamId()))) {
				double z = z(calls, pooled);
				advisors.add(new AdvisorIntegrity(id, name.username(), name.name(), name.team(), calls, z, verdict(calls, z)));
			}
		});
		advisors.sort(Comparator.comparing(AdvisorIntegrity::verdict).reversed()
			.thenComparing(Comparator.comparingDouble(AdvisorIntegrity::z).reversed()));
		List<GroupIntegrity> teams = new ArrayList<>();
		byTeam.forEach((team, calls) -> teams.add(group(team, 0, 0, calls, pooled)));
		List<GroupIntegrity> queues = new ArrayList<>();
		for (TallyCounts.QueueCount queue : counted.queues()) {
			queues.add(group(queue.queue(), queue.offered(), queue.abandoned(), queue.calls(), pooled));
		}
		return new IntegrityReport(advisors, flaggedFirst(teams), flaggedFirst(queues), everyone);
	}

	private static GroupIntegrity group(String name, long offered, long abandoned, CallCounts calls, double pooled) {
		double z = z(calls, pooled);
		return new GroupIntegrity(name, offered, abandoned, calls, z, verdict(calls, z));
	}

	private static List<GroupIntegrity> flaggedFirst(List<GroupIntegrity> groups) {
		groups.sort(Comparator.comparing(GroupIntegrity::verdict).reversed().thenComparing(GroupIntegrity::name));
		return groups;
	}

	/** Binomial z-score of the hang-ups against the pooled rate; 0 where there is no spread to compare with. */
	private static double z(CallCounts calls, double pooled) {
		double sd = Math.sqrt(calls.answered() * pooled * (1 - pooled));
		return sd == 0 ? 0 : (calls.hungUp() - calls.answered() * pooled) / sd;
	}

	private static AdvisorIntegrity.Verdict verdict(CallCounts calls, double z) {
		return calls.answered() < MIN_CALLS ? AdvisorIntegrity.Verdict.NOT_ENOUGH_CALLS
				: z > FLAG_Z ? AdvisorIntegrity.Verdict.FLAGGED : AdvisorIntegrity.Verdict.IN_LINE;
	}
}
