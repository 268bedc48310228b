package fr.fidele.quality;

import java.time.Instant;
import java.util.List;

import fr.fidele.casefile.Channel;

/**
 * One version of an evaluation grid (scorecard): the situation it fits (a channel, a contact reason; null for any),
 * its criteria in order, and the score in percent at or above which a contact is "scored well".
 */
public record Grid(long id, String code, int version, String nameFr, String nameEn, Channel channel, String reasonCode, int passMark,
		List<Criterion> criteria, long writtenBy, Instant writtenAt) {

	public String name(String language) {
		return "en".equals(language) ? nameEn : nameFr;
	}
}
