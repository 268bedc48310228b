package fr.fidele.quality;

/**
 * What an advisor is trained in, the seed's list (002): how they behave, how they listen, how they handle stress, what
 * they know of the company's business, and its marketing and communication policy. A grid's criterion may name the
 * skill it observes, and a training module the skill it teaches.
 */
public enum Skill {
	BEHAVIOUR, LISTENING, STRESS, BUSINESS, POLICY
}
