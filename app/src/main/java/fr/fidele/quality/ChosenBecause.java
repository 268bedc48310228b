package fr.fidele.quality;

/** Why a contact was evaluated. */
public enum ChosenBecause {
	/** Drawn at random among the advisor's contacts of the month. */
	RANDOM,
	/** The customer answered a survey about it unhappy (NPS 0–6, CSAT 1–2). */
	DETRACTOR,
	/** A call the advisor ended within 30 seconds of answering. */
	HANG_UP,
	/** Passed through three advisors or more. */
	TRANSFER_CHAIN,
	/** The evaluator chose it. */
	CHOSEN,
	/** Scored in a calibration session, to compare evaluators: not the advisor's evaluation. */
	CALIBRATION
}
