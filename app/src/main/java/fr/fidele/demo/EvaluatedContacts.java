package fr.fidele.demo;

import java.time.Instant;
import java.util.SplittableRandom;

import fr.fidele.casefile.Channel;

/**
 * The evaluations of the demo's last year (the module is younger than the company): a share of the answered contacts is
 * drawn for evaluation; the contact scores well as often as its advisor's level (their id's draw,
 * {@link DemoQuality#level(long)}; the planted hang-up advisor rarely). A contact that scored well keeps its customer —
 * the quality of the contact, which the evaluation saw — against customers whose evaluated contacts never did: the
 * effect {@link PlantedEffects} names. Drawn from the customer's own stream of evaluation draws; the answers that give
 * each score are written afterwards ({@link DemoQuality}).
 */
final class EvaluatedContacts {

	/** Experience bit, beside the simulation's: a contact of theirs scored well at least once. */
	static final int SCORED_WELL = 1 << 20;
	/** The hang-up advisor's level: they greet little and keep calm less. */
	static final double RUSHED_LEVEL = 0.3;

	/** A contact drawn and how it scored; the grid is the one that fits its channel. */
	record Evaluated(long contactId, long customerId, long advisorId, Channel channel, Instant at, boolean scoredWell, boolean rushed) {
	}

	private EvaluatedContacts() {
	}

	static int drawn(DemoRows rows, SplittableRandom draws, long contactId, long customerId, long advisorId, boolean rushed, Channel channel,
			Instant answeredAt, boolean recent) throws Exception {
		if (!recent || draws.nextDouble() >= PlantedEffects.EVALUATED_SHARE) {
			return 0;
		}
		boolean well = draws.nextDouble() < (rushed ? RUSHED_LEVEL : DemoQuality.level(advisorId));
		rows.evaluated(new Evaluated(contactId, customerId, advisorId, channel, answeredAt.plusSeconds(86_400L * (1 + draws.nextInt(10))), well, rushed));
		return well ? SCORED_WELL : 0;
	}
}
