package fr.fidele.demo;

import static fr.fidele.demo.SimulatedExperiences.DETRACTOR;
import static fr.fidele.demo.SimulatedExperiences.DISSATISFIED;
import static fr.fidele.demo.SimulatedExperiences.HARMS;
import static fr.fidele.demo.SimulatedExperiences.LOOP_CLOSED;
import static fr.fidele.demo.SimulatedExperiences.PROMOTER;
import static fr.fidele.demo.SimulatedExperiences.SATISFIED;
import static fr.fidele.demo.SimulatedExperiences.WROTE_RUDENESS;
import static fr.fidele.demo.SimulatedExperiences.WROTE_TRANSFERRED;

import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;

import fr.fidele.casefile.Channel;
import fr.fidele.feedback.FeedbackBulkLoad;
import fr.fidele.feedback.SurveyMeasure;

/** The demo's survey answers about its answered contacts. */
final class SurveyAnswers {

	private static final long DAY = 86_400;

	private SurveyAnswers() {
	}

	/**
	 * Whether the customer answers a survey about this answered contact, and how: an NPS after a call or a callback,
	 * a CSAT after the other channels, unhappy more often after a harm. Each band of answer (unhappy, a promoter, a
	 * satisfied customer) is an experience with its own planted effect. The answers draw from the customer's own stream, so the rest of the company is the same with or
	 * without them.
	 */
	static int answered(DemoRows rows, SplittableRandom s, long customerId, String language, LocalDate end, long contactId, Channel channel,
			String reason, String queue, long advisorId, long ended, int experience) throws Exception {
		if (s.nextDouble() >= PlantedEffects.SURVEY_ANSWER_RATE) {
			return 0;
		}
		boolean unhappy = s.nextDouble() < ((experience & HARMS) != 0 ? PlantedEffects.UNHAPPY_AFTER_HARM : PlantedEffects.UNHAPPY_OTHERWISE);
		boolean voice = channel == Channel.PHONE || channel == Channel.CALLBACK;
		int score = voice ? (unhappy ? s.nextInt(7) : 7 + s.nextInt(4)) : (unhappy ? 1 + s.nextInt(2) : 3 + s.nextInt(3));
		long answered = Math.max(Math.min(ended + 1800 + s.nextInt(20 * 3600), (end.toEpochDay() + 1) * DAY - 1), ended + 601);
		// an unhappy answer is followed up and the loop closed within a day, more often than not
		boolean loopClosed = unhappy && s.nextDouble() < PlantedEffects.LOOPS_CLOSED_SHARE;
		Instant loopClosedAt = loopClosed ? Instant.ofEpochSecond(answered + 600 + s.nextInt(20 * 3600)) : null;
		// a comment more often than not, in the answer's tone; the planted themes only in the comments of passive answers
		// (NPS 7–8, CSAT 3), the one band with no effect of its own, so that the experience model, which does not know
		// the themes, does not credit theirs to the bands; drawn apart from everything else
		boolean commented = s.nextDouble() < PlantedEffects.COMMENT_RATE;
		SurveyComments.Tone tone = unhappy ? SurveyComments.Tone.UNHAPPY
				: voice && score <= 8 || !voice && score == 3 ? SurveyComments.Tone.PASSIVE : SurveyComments.Tone.HAPPY;
		boolean themed = commented && tone == SurveyComments.Tone.PASSIVE;
		boolean transferred = themed && s.nextDouble() < PlantedEffects.WRITES_TRANSFERRED;
		boolean rudeness = themed && s.nextDouble() < PlantedEffects.WRITES_RUDENESS;
		String comment = commented ? SurveyComments.of(s, language, tone, transferred, rudeness) : null;
		rows.surveyAnswer(new FeedbackBulkLoad.Answered(customerId, contactId, channel.name(), reason, queue, advisorId,
				language, null, voice ? SurveyMeasure.NPS : SurveyMeasure.CSAT, score, comment, Instant.ofEpochSecond(ended + 600), Instant.ofEpochSecond(answered),
				loopClosedAt));
		int band = unhappy ? (voice ? DETRACTOR : DISSATISFIED) : voice ? (score >= 9 ? PROMOTER : 0) : (score >= 4 ? SATISFIED : 0);
		return band | (loopClosed ? LOOP_CLOSED : 0) | (transferred ? WROTE_TRANSFERRED : 0) | (rudeness ? WROTE_RUDENESS : 0);
	}
}
