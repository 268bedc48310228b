package fr.fidele.casefile;

import java.io.Serializable;

/**
 * Who ended the answered phone calls (and callbacks) of an advisor, a team or a queue: how many were answered, ended
 * by the advisor, very short (under {@value ContactRow#HANG_UP_SECONDS} seconds after the answer, whoever ended them), and
 * both: hang-ups.
 */
public record CallCounts(long answered, long endedByAdvisor, long veryShort, long hungUp) implements Serializable {

	public static final CallCounts ZERO = new CallCounts(0, 0, 0, 0);

	public CallCounts plus(CallCounts other) {
		return new CallCounts(answered + other.answered, endedByAdvisor + other.endedByAdvisor, veryShort + other.veryShort,
				hungUp + other.hungUp);
	}

	public double endedByAdvisorRate() {
		return rate(endedByAdvisor);
	}

	public double veryShortRate() {
		return rate(veryShort);
	}

	public double hangUpRate() {
		return rate(hungUp);
	}

	private double rate(long count) {
		return answered == 0 ? Double.NaN : (double) count / answered;
	}
}
