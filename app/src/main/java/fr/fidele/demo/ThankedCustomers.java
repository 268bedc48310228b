package fr.fidele.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;

import fr.fidele.gratitude.GratitudeBulkLoad;
import fr.fidele.gratitude.GratitudeMoment;
import fr.fidele.gratitude.ReminderStatus;
import fr.fidele.gratitude.ThanksChannel;

/**
 * The thank-yous of the demo's last year (the module is younger than the company): each complaint resolved is a
 * moment to thank the customer for, reminded to the advisor who resolved it; half the time the advisor calls or writes
 * the same day, in words of their own that name the case. Drawn from the customer's own stream of gratitude draws.
 * Being thanked keeps customers — against customers reminded of and not thanked: the effect {@link PlantedEffects}
 * names. The thanks are dated the day of the resolution, as the simulation changes the hazard from the end of a
 * contact's day.
 */
final class ThankedCustomers {

	/** Experience bit, beside the simulation's: thanked at least once. */
	static final int THANKED = 1 << 19;

	private static final long DAY = 86_400;
	private static final String[] FR = { "Merci pour votre patience pendant le traitement de votre réclamation (dossier %d) ; je reste votre interlocuteur.",
			"Je tenais à vous remercier de nous avoir signalé ce problème (dossier %d) : grâce à vous, nous l'avons corrigé.",
			"Merci de votre confiance malgré ce désagrément, dossier %d : n'hésitez pas à me rappeler directement." };
	private static final String[] EN = { "Thank you for your patience while we handled your complaint (case %d); I remain your contact.",
			"I wanted to thank you for telling us about this problem (case %d): thanks to you, we fixed it.",
			"Thank you for your trust despite this trouble, case %d: do call me directly if needed." };

	private ThankedCustomers() {
	}

	/** Writes the reminder of a complaint resolved, and its thank-you if the advisor gave one; returns the experience bit. */
	static int resolvedComplaint(DemoRows rows, SplittableRandom draws, long customerId, long advisorId, long caseId, String language, long ended,
			LocalDate end, boolean recent) throws Exception {
		if (!recent) {
			return 0;
		}
		Instant noticed = Instant.ofEpochSecond(ended);
		LocalDate day = LocalDate.ofEpochDay(ended / DAY);
		boolean thanked = draws.nextDouble() < PlantedEffects.THANKED_SHARE;
		String[] words = "en".equals(language) ? EN : FR;
		if (thanked) {
			long lastSecondOfDay = (ended / DAY + 1) * DAY - 1;
			Instant at = Instant.ofEpochSecond(Math.min(ended + 1800 + draws.nextInt(4 * 3600), lastSecondOfDay));
			rows.reminder(new GratitudeBulkLoad.Remembered(customerId, GratitudeMoment.COMPLAINT_RESOLVED, "case:" + caseId, noticed, advisorId,
					day.plusDays(3), ReminderStatus.THANKED, at, draws.nextBoolean() ? ThanksChannel.PHONE : ThanksChannel.CARD,
					words[draws.nextInt(words.length)].formatted(caseId), null));
			return THANKED;
		}
		boolean aside = day.isBefore(end.minusDays(30)) && draws.nextBoolean();
		rows.reminder(new GratitudeBulkLoad.Remembered(customerId, GratitudeMoment.COMPLAINT_RESOLVED, "case:" + caseId, noticed, advisorId,
				day.plusDays(3), aside ? ReminderStatus.DISMISSED : ReminderStatus.OPEN, null, null, null,
				aside ? ("en".equals(language) ? "customer could not be reached" : "client injoignable") : null));
		return 0;
	}
}
