package fr.fidele.demo;

/**
 * The experiences a simulated contact can give, as bit flags, and the factor each multiplies the churn hazard by the
 * first time a customer has it ({@link PlantedEffects}). The modules' own practices add their bits beside these
 * ({@link GuidedContacts}, {@link SuggestedContacts}, {@link SelfServiceContacts}, {@link ThankedCustomers},
 * {@link EvaluatedContacts}).
 */
final class SimulatedExperiences {

	static final int RESOLVED_FIRST = 1;
	static final int UNRESOLVED_COMPLAINT = 2;
	static final int LONG_WAIT = 4;
	static final int ABANDONED = 8;
	static final int HUNG_UP = 16;
	static final int REIDENTIFIED = 32;
	static final int CANCELLATION = 64;
	/** Not an effect: marks a contact that ended resolved. */
	static final int RESOLVED = 128;
	static final int DETRACTOR = 256;
	static final int DISSATISFIED = 512;
	static final int LOOP_CLOSED = 1024;
	static final int PROMOTER = 2048;
	static final int SATISFIED = 4096;
	static final int WROTE_TRANSFERRED = 8192;
	static final int WROTE_RUDENESS = 16384;
	static final int EFFECTS = (RESOLVED - 1) | DETRACTOR | DISSATISFIED | LOOP_CLOSED | PROMOTER | SATISFIED | WROTE_TRANSFERRED
			| WROTE_RUDENESS | GuidedContacts.FOLLOWED_HELPFUL | GuidedContacts.FOLLOWED_HARMFUL | SuggestedContacts.ACCEPTED | SelfServiceContacts.TRIED
			| ThankedCustomers.THANKED | EvaluatedContacts.SCORED_WELL;
	/** The harms after which a survey answer is more often unhappy. */
	static final int HARMS = UNRESOLVED_COMPLAINT | LONG_WAIT | REIDENTIFIED;
	private SimulatedExperiences() {
	}

	/** The factor on the hazard of the experiences had for the first time at a contact. */
	static double factor(int fresh) {
		double factor = 1;
		factor *= (fresh & RESOLVED_FIRST) != 0 ? PlantedEffects.RESOLVED_FIRST_CONTACT : 1;
		factor *= (fresh & UNRESOLVED_COMPLAINT) != 0 ? PlantedEffects.UNRESOLVED_COMPLAINT : 1;
		factor *= (fresh & LONG_WAIT) != 0 ? PlantedEffects.LONG_WAIT : 1;
		factor *= (fresh & ABANDONED) != 0 ? PlantedEffects.ABANDONED : 1;
		factor *= (fresh & HUNG_UP) != 0 ? PlantedEffects.ADVISOR_HUNG_UP : 1;
		factor *= (fresh & REIDENTIFIED) != 0 ? PlantedEffects.REIDENTIFIED_AFTER_TRANSFER : 1;
		factor *= (fresh & CANCELLATION) != 0 ? PlantedEffects.CANCELLATION_REQUEST : 1;
		factor *= (fresh & DETRACTOR) != 0 ? PlantedEffects.DETRACTOR : 1;
		factor *= (fresh & DISSATISFIED) != 0 ? PlantedEffects.DISSATISFIED : 1;
		factor *= (fresh & LOOP_CLOSED) != 0 ? PlantedEffects.LOOP_CLOSED : 1;
		factor *= (fresh & PROMOTER) != 0 ? PlantedEffects.PROMOTER : 1;
		factor *= (fresh & SATISFIED) != 0 ? PlantedEffects.SATISFIED : 1;
		factor *= (fresh & WROTE_TRANSFERRED) != 0 ? PlantedEffects.WROTE_TRANSFERRED : 1;
		factor *= (fresh & WROTE_RUDENESS) != 0 ? PlantedEffects.WROTE_RUDENESS : 1;
		factor *= (fresh & GuidedContacts.FOLLOWED_HELPFUL) != 0 ? PlantedEffects.FOLLOWED_BILLING_GUIDE : 1;
		factor *= (fresh & GuidedContacts.FOLLOWED_HARMFUL) != 0 ? PlantedEffects.FOLLOWED_TECHNICAL_GUIDE : 1;
		factor *= (fresh & SuggestedContacts.ACCEPTED) != 0 ? PlantedEffects.ACCEPTED_SUGGESTION : 1;
		factor *= (fresh & SelfServiceContacts.TRIED) != 0 ? PlantedEffects.TRIED_SELF_SERVICE : 1;
		factor *= (fresh & ThankedCustomers.THANKED) != 0 ? PlantedEffects.THANKED : 1;
		factor *= (fresh & EvaluatedContacts.SCORED_WELL) != 0 ? PlantedEffects.SCORED_WELL : 1;
		return factor;
	}
}
