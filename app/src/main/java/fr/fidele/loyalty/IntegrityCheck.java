package fr.fidele.loyalty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Service;

/**
 * Finds advisors (or outsourcers) who hang up on customers to keep their queue figures: the share
 * of answered calls each one ended within seconds, against everyone's pooled share. A binomial
 * z-score above {@value #FLAG_Z} is far beyond chance even across hundreds of advisors.
 */
@Service
public class IntegrityCheck {

	/** z-score above which an advisor is flagged. */
	static final double FLAG_Z = 4.0;
	/** Below this many answered calls an advisor is not judged. */
	static final long MIN_CALLS = 30;

	private final AdvisorContactCounts counts;
	private final AdvisorNames people;
	private final Clock clock;
	private final AtomicReference<List<AdvisorIntegrity>> latest = new AtomicReference<>();

	IntegrityCheck(AdvisorContactCounts counts, AdvisorNames people, Clock clock) {
		this.counts = counts;
		this.people = people;
		this.clock = clock;
	}

	/** Every advisor who answered a call, flagged ones first, as last computed. */
	public List<AdvisorIntegrity> advisors() {
		List<AdvisorIntegrity> advisors = latest.get();
		return advisors != null ? advisors : recompute();
	}

	/** Counts again over the case file as it is. */
	public List<AdvisorIntegrity> recompute() {
		return recompute(counts.read(LocalDate.now(clock)), people.names());
	}

	synchronized List<AdvisorIntegrity> recompute(List<AdvisorContactCounts.Row> cells, Map<Long, AdvisorNames.Name> names) {
		record Row(long id, String username, String name, long answered, long hungUp) {
		}
		Map<Long, long[]> byAdvisor = new HashMap<>();
		for (AdvisorContactCounts.Row cell : cells) {
			long[] totals = byAdvisor.computeIfAbsent(cell.advisor(), k -> new long[2]);
			totals[0] += cell.voiceAnswered();
			totals[1] += cell.hungUp();
		}
		List<Row> rows = byAdvisor.entrySet().stream().filter(e -> e.getValue()[0] > 0)
			.map(e -> new Row(e.getKey(), names.get(e.getKey()).username(), names.get(e.getKey()).name(), e.getValue()[0],
					e.getValue()[1]))
			.toList();
		long answered = rows.stream().mapToLong(Row::answered).sum();
		long hungUp = rows.stream().mapToLong(Row::hungUp).sum();
		double pooled = answered == 0 ? 0 : (double) hungUp / answered;
		List<AdvisorIntegrity> result = rows.stream().map(r -> {
			double rate = (double) r.hungUp() / r.answered();
			double sd = Math.sqrt(r.answered() * pooled * (1 - pooled));
			double z = sd == 0 ? 0 : (r.hungUp() - r.answered() * pooled) / sd;
			AdvisorIntegrity.Verdict verdict = r.answered() < MIN_CALLS ? AdvisorIntegrity.Verdict.NOT_ENOUGH_CALLS
					: z > FLAG_Z ? AdvisorIntegrity.Verdict.FLAGGED : AdvisorIntegrity.Verdict.IN_LINE;
			return new AdvisorIntegrity(r.id(), r.username(), r.name(), r.answered(), r.hungUp(), rate, z, verdict);
		}).sorted(Comparator.comparing(AdvisorIntegrity::verdict).reversed().thenComparing(Comparator.comparingDouble(AdvisorIntegrity::z).reversed()))
			.toList();
		latest.set(result);
		return result;
	}
}
