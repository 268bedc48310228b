package fr.fidele.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import fr.fidele.contacts.CaseStatus;
import fr.fidele.contacts.Channel;
import fr.fidele.contacts.ContactBulkLoad;
import fr.fidele.contacts.EndedBy;
import fr.fidele.customers.CustomerBulkLoad;
import fr.fidele.customers.Expertise;
import fr.fidele.customers.Identity;
import fr.fidele.customers.IdentityKind;
import fr.fidele.customers.OutcomeType;
import fr.fidele.customers.SearchText;
import fr.fidele.customers.Segment;
import fr.fidele.feedback.FeedbackBulkLoad;
import fr.fidele.feedback.SurveyMeasure;

/**
 * Lives one customer's two years: contacts arrive as a Poisson process, each contact's experience
 * may change the churn hazard for good (see {@link PlantedEffects}), and churn is decided at the end
 * of each day, after that day's contacts, at the day's hazard. Churn is recorded by the day, so this
 * is the model the case file can show: a contact changes the risk of leaving from the end of its
 * day on. An unresolved contact brings a repeat contact about the same reason a few days later, six
 * times out of ten.
 */
final class CustomerSimulation {

	private static final String[] REASONS = { "COMPLAINT", "ORDER", "TECHNICAL_HELP", "ORDER_STATUS", "BILLING",
			"INFORMATION", "CANCELLATION_REQUEST" };
	private static final double[] REASON_WEIGHTS = { 15, 12, 20, 13, 22, 15, 3 };
	private static final Channel[] CHANNELS = { Channel.PHONE, Channel.EMAIL, Channel.CHAT, Channel.WEB_FORM,
			Channel.SOCIAL, Channel.IN_PERSON, Channel.CALLBACK };
	private static final double[] CHANNEL_WEIGHTS = { 40, 20, 12, 10, 6, 5, 7 };
	private static final double REPEAT_PROBABILITY = 0.6;
	private static final double REPEAT_MEAN_DAYS = 3;
	private static final long DAY = 86_400;
	private static final int REOPEN_WINDOW_DAYS = 7;

	private static final int RESOLVED_FIRST = 1;
	private static final int UNRESOLVED_COMPLAINT = 2;
	private static final int LONG_WAIT = 4;
	private static final int ABANDONED = 8;
	private static final int HUNG_UP = 16;
	private static final int REIDENTIFIED = 32;
	private static final int CANCELLATION = 64;
	/** Not an effect: marks a contact that ended resolved. */
	private static final int RESOLVED = 128;
	private static final int DETRACTOR = 256;
	private static final int DISSATISFIED = 512;
	private static final int LOOP_CLOSED = 1024;
	private static final int PROMOTER = 2048;
	private static final int SATISFIED = 4096;
	private static final int WROTE_TRANSFERRED = 8192;
	private static final int WROTE_RUDENESS = 16384;
	private static final int EFFECTS = (RESOLVED - 1) | DETRACTOR | DISSATISFIED | LOOP_CLOSED | PROMOTER | SATISFIED | WROTE_TRANSFERRED
			| WROTE_RUDENESS | GuidedContacts.FOLLOWED_HELPFUL | GuidedContacts.FOLLOWED_HARMFUL | SuggestedContacts.ACCEPTED | SelfServiceContacts.TRIED
			| ThankedCustomers.THANKED | EvaluatedContacts.SCORED_WELL;
	/** The harms after which a survey answer is more often unhappy. */
	private static final int HARMS = UNRESOLVED_COMPLAINT | LONG_WAIT | REIDENTIFIED;
	/** Mixed with the customer's id for their survey answers' own random stream. */
	private static final long SURVEY_STREAM = 0x5EED_F00D_CAFEL;
	/** Mixed with the customer's id for the guides' and the suggestions' own random streams. */
	private static final long GUIDE_STREAM = 0x601D_E5L;
	private static final long SUGGESTION_STREAM = 0x5A1E_5L;
	private static final long SELF_SERVICE_STREAM = 0x5E1F_5E7L;
	private static final long GRATITUDE_STREAM = 0x7A4E_C5L;
	private static final long EVALUATION_STREAM = 0xE7A1_5L;

	/** The fixed parts of the world every customer lives in. */
	record World(LocalDate start, LocalDate end, double dailyContactRate, long[] advisors, int hangUpAdvisor,
			Map<String, String> subjects) {
	}

	private final World world;
	private final DemoRows rows;
	private long nextContactId;
	private long nextCaseId;

	CustomerSimulation(World world, DemoRows rows, long firstContactId, long firstCaseId) {
		this.world = world;
		this.rows = rows;
		this.nextContactId = firstContactId;
		this.nextCaseId = firstCaseId;
	}

	long contactsWritten(long firstContactId) {
		return nextContactId - firstContactId;
	}

	void simulate(long id, SplittableRandom r) throws Exception {
		String language = r.nextDouble() < 0.15 ? "en" : "fr";
		Segment segment = pick(r, Segment.values(), 75, 20, 5);
		Expertise expertise = pick(r, Expertise.values(), 35, 45, 20);
		double segmentFactor = switch (segment) {
			case RESIDENTIAL -> 1.0;
			case PROFESSIONAL -> PlantedEffects.PROFESSIONAL_FACTOR;
			case PREMIUM -> PlantedEffects.PREMIUM_FACTOR;
		};
		double meanValue = switch (segment) {
			case RESIDENTIAL -> 45;
			case PROFESSIONAL -> 120;
			case PREMIUM -> 250;
		};
		BigDecimal value = BigDecimal.valueOf(meanValue * Math.exp(0.35 * r.nextGaussian() - 0.06)).setScale(2, RoundingMode.HALF_UP);
		long startDay = world.start().toEpochDay();
		long endDay = world.end().toEpochDay();
		double t = startDay + r.nextDouble() * (endDay - 30 - startDay);
		LocalDate since = LocalDate.ofEpochDay((long) t);

		State state = new State(id, language, expertise);
		double hazard = PlantedEffects.BASE_DAILY_HAZARD * segmentFactor;
		double repeatAt = Double.POSITIVE_INFINITY;
		String repeatReason = null;
		LocalDate churnedOn = null;
		long day = (long) t;
		double contactAt = t + exponential(r, world.dailyContactRate());
		while (true) {
			double next = Math.min(contactAt, repeatAt);
			long contactDay = Math.min((long) next, endDay);
			// Churn is decided at the end of each day, after that day's contacts, at the day's hazard:
			// the days survived before churning are geometric, drawn as an exponential wait.
			long churnDay = day + (long) exponential(r, hazard);
			if (churnDay < contactDay) {
				churnedOn = LocalDate.ofEpochDay(churnDay);
				break;
			}
			if (contactDay >= endDay) {
				break;
			}
			boolean repeat = next == repeatAt;
			String reason = repeat ? repeatReason : REASONS[index(r, REASON_WEIGHTS)];
			int experience = contact(state, r, contactDay, reason);
			if (repeat) {
				repeatAt = Double.POSITIVE_INFINITY;
			}
			else {
				contactAt = next + exponential(r, world.dailyContactRate());
			}
			if ((experience & RESOLVED) == 0 && r.nextDouble() < REPEAT_PROBABILITY) {
				repeatAt = next + exponential(r, 1 / REPEAT_MEAN_DAYS);
				repeatReason = reason;
			}
			int fresh = experience & ~state.experienced & EFFECTS;
			state.experienced |= fresh;
			hazard *= effect(fresh);
			day = contactDay;
		}
		WrittenConversations.Writer writer = writeCustomer(id, r, language, segment, expertise, value, since, churnedOn);
		writeOutcomes(id, since, churnedOn, value);
		state.writeCases();
		WrittenConversations.write(rows, state.written, writer, world.end());
	}

	private WrittenConversations.Writer writeCustomer(long id, SplittableRandom r, String language, Segment segment, Expertise expertise,
			BigDecimal value, LocalDate since, LocalDate churnedOn) throws Exception {
		String name = Names.person(r, language);
		String reference = "CLI-%07d".formatted(id);
		String email = Names.mailbox(name) + "." + id + ("en".equals(language) ? "@example.com" : "@exemple.fr");
		String phone = "+336" + (10_000_000 + id % 90_000_000);
		Identity[] identities = r.nextDouble() < 0.2
				? new Identity[] { new Identity(IdentityKind.EMAIL, email), new Identity(IdentityKind.PHONE, phone),
						new Identity(IdentityKind.SOCIAL, "x:@" + Names.mailbox(name).replace('.', '_') + id) }
				: new Identity[] { new Identity(IdentityKind.EMAIL, email), new Identity(IdentityKind.PHONE, phone) };
		String notes = r.nextDouble() < 0.05 ? Texts.customerNote(r, language) : null;
		rows.customer(new CustomerBulkLoad.Row(id, reference, name, SearchText.of(reference, name, java.util.List.of(identities)),
				language, segment, expertise, value, since, r.nextDouble() < 0.7, r.nextDouble() < 0.4, notes, churnedOn));
		for (Identity identity : identities) {
			rows.identity(id, identity.kind(), identity.value());
		}
		return new WrittenConversations.Writer(id, name, language, email, phone);
	}

	private void writeOutcomes(long id, LocalDate since, LocalDate churnedOn, BigDecimal value) throws Exception {
		rows.outcome(id, OutcomeType.SUBSCRIBED, since, value);
		LocalDate last = churnedOn != null ? churnedOn : world.end();
		for (LocalDate anniversary = since.plusYears(1); anniversary.isBefore(last); anniversary = anniversary.plusYears(1)) {
			rows.outcome(id, OutcomeType.RENEWED, anniversary, value);
		}
		if (churnedOn != null) {
			rows.outcome(id, OutcomeType.CANCELLED, churnedOn, value);
		}
	}

	/** Writes one contact and returns the experiences it gave, as bit flags. */
	private int contact(State state, SplittableRandom r, long day, String reason) throws Exception {
		Channel channel = CHANNELS[index(r, CHANNEL_WEIGHTS)];
		boolean live = channel == Channel.PHONE || channel == Channel.CHAT || channel == Channel.CALLBACK
				|| channel == Channel.IN_PERSON;
		long arrived = Math.max(day * DAY + 7 * 3600 + r.nextInt(12 * 3600), state.lastArrival + 60 + r.nextInt(3600));
		state.lastArrival = arrived;
		long queued = arrived + (channel == Channel.PHONE ? 15 + r.nextInt(45) : 0);
		long wait = live ? (long) (r.nextDouble() < 0.8 ? exponential(r, 1 / 60.0) : exponential(r, 1 / 400.0))
				: (long) exponential(r, 1 / (8 * 3600.0));
		int experience = live && wait > PlantedEffects.LONG_WAIT_SECONDS ? LONG_WAIT : 0;
		boolean recent = day > world.end().toEpochDay() - PlantedEffects.GUIDED_DAYS;
		if (SelfServiceContacts.tried(rows, state.selfService, nextContactId, state.customerId, reason, arrived, recent) != 0) {
			nextContactId++;
			experience |= SelfServiceContacts.TRIED;
		}
		if ("CANCELLATION_REQUEST".equals(reason)) {
			experience |= CANCELLATION;
		}
		long contactId = nextContactId++;
		boolean canAbandon = channel == Channel.PHONE || channel == Channel.CHAT;
		if (canAbandon && r.nextDouble() < 0.04 + (wait > PlantedEffects.LONG_WAIT_SECONDS ? 0.35 : 0)) {
			boolean first = state.isNewCase(reason, arrived);
			long caseId = state.attach(reason, arrived, null, world.advisors()[0]);
			rows.contact(new ContactBulkLoad.ContactRow(contactId, state.customerId, caseId, first, channel, reason, queue(channel, state),
					at(arrived), at(queued), null, at(queued + wait), EndedBy.ABANDONED, false, false, null, null, null));
			return experience | ABANDONED;
		}
		int advisor = r.nextInt(world.advisors().length);
		long answered = queued + wait;
		boolean voice = channel == Channel.PHONE || channel == Channel.CALLBACK;
		double hangUpRate = advisor == world.hangUpAdvisor() ? PlantedEffects.HANG_UP_ADVISOR_RATE : PlantedEffects.ORDINARY_HANG_UP_RATE;
		if (voice && r.nextDouble() < hangUpRate) {
			long ended = answered + 5 + r.nextInt(25);
			boolean first = state.isNewCase(reason, arrived);
			long caseId = state.attach(reason, arrived, Boolean.FALSE, world.advisors()[advisor]);
			rows.contact(new ContactBulkLoad.ContactRow(contactId, state.customerId, caseId, first, channel, reason, queue(channel, state),
					at(arrived), at(queued), at(answered), at(ended), EndedBy.ADVISOR, false, false, false, null, null));
			rows.leg(new ContactBulkLoad.LegRow(contactId, 1, world.advisors()[advisor], at(answered), at(ended), null));
			return experience | HUNG_UP | ("COMPLAINT".equals(reason) ? UNRESOLVED_COMPLAINT : 0);
		}
		double meanHandle = switch (channel) {
			case PHONE, CALLBACK -> 360;
			case CHAT, IN_PERSON -> 600;
			default -> 300;
		};
		long handle = (long) (meanHandle * Math.exp(0.6 * r.nextGaussian() - 0.18)) + 20;
		boolean transferred = live && r.nextDouble() < 0.12;
		boolean reidentified = transferred && r.nextDouble() < 0.5;
		double resolveProbability = switch (reason) {
			case "COMPLAINT" -> 0.55;
			case "TECHNICAL_HELP" -> 0.7;
			case "CANCELLATION_REQUEST" -> 0.6;
			default -> 0.85;
		} * (transferred ? 0.85 : 1);
		boolean resolved = r.nextDouble() < resolveProbability;
		long ended = answered + handle;
		EndedBy endedBy = live ? (r.nextDouble() < 0.9 ? EndedBy.CUSTOMER : EndedBy.ADVISOR) : EndedBy.ADVISOR;
		boolean verified = channel == Channel.EMAIL || channel == Channel.WEB_FORM || r.nextDouble() < 0.9;
		int lastAdvisor = advisor;
		if (transferred) {
			lastAdvisor = (advisor + 1 + r.nextInt(world.advisors().length - 1)) % world.advisors().length;
		}
		boolean firstInCase = state.isNewCase(reason, arrived);
		long caseId = state.attach(reason, arrived, resolved, world.advisors()[lastAdvisor]);
		String notes = r.nextDouble() < 0.5 ? Texts.wrapUp(r, state.language) : null;
		rows.contact(new ContactBulkLoad.ContactRow(contactId, state.customerId, caseId, firstInCase, channel, reason,
				queue(channel, state), at(arrived), at(queued), at(answered), at(ended), endedBy, verified, reidentified,
				resolved, notes, live ? null : at(answered)));
		if (!live) {
			// a written contact is answered by the advisor's reply: its text is written with the customer's, below
			state.written.add(new WrittenConversations.WrittenContact(contactId, caseId, channel, reason, arrived, answered, world.advisors()[lastAdvisor]));
		}
		if (transferred) {
			long handover = answered + handle * 2 / 5;
			rows.leg(new ContactBulkLoad.LegRow(contactId, 1, world.advisors()[advisor], at(answered), at(handover),
					Texts.transfer(r, state.language)));
			rows.leg(new ContactBulkLoad.LegRow(contactId, 2, world.advisors()[lastAdvisor], at(handover), at(ended), null));
		}
		else {
			rows.leg(new ContactBulkLoad.LegRow(contactId, 1, world.advisors()[advisor], at(answered), at(ended), null));
		}
		if (reidentified) {
			experience |= REIDENTIFIED;
		}
		if ("COMPLAINT".equals(reason) && !resolved) {
			experience |= UNRESOLVED_COMPLAINT;
		}
		if (resolved) {
			experience |= RESOLVED | (firstInCase ? RESOLVED_FIRST : 0);
		}
		if (resolved && "COMPLAINT".equals(reason)) {
			experience |= ThankedCustomers.resolvedComplaint(rows, state.gratitude, state.customerId, world.advisors()[lastAdvisor], caseId,
					state.language, ended, world.end(), recent);
		}
		experience |= GuidedContacts.shown(rows, state.guides, contactId, state.customerId, world.advisors()[lastAdvisor], reason, state.expertise,
				state.language, at(answered), recent);
		experience |= SuggestedContacts.shown(rows, state.suggestions, contactId, state.customerId, world.advisors()[lastAdvisor], reason,
				at(answered), recent);
		experience |= EvaluatedContacts.drawn(rows, state.evaluations, contactId, state.customerId, world.advisors()[lastAdvisor],
				lastAdvisor == world.hangUpAdvisor(), channel, at(answered), recent);
		return experience | surveyed(state, contactId, channel, reason, world.advisors()[lastAdvisor], ended, experience);
	}

	/**
	 * Whether the customer answers a survey about this answered contact, and how: an NPS after a call or a callback,
	 * a CSAT after the other channels, unhappy more often after a harm. Each band of answer (unhappy, a promoter, a
	 * satisfied customer) is an experience with its own planted effect. The answers draw from the customer's own stream, so the rest of the company is the same with or
	 * without them.
	 */
	private int surveyed(State state, long contactId, Channel channel, String reason, long advisorId, long ended, int experience)
			throws Exception {
		SplittableRandom s = state.surveys;
		if (s.nextDouble() >= PlantedEffects.SURVEY_ANSWER_RATE) {
			return 0;
		}
		boolean unhappy = s.nextDouble() < ((experience & HARMS) != 0 ? PlantedEffects.UNHAPPY_AFTER_HARM : PlantedEffects.UNHAPPY_OTHERWISE);
		boolean voice = channel == Channel.PHONE || channel == Channel.CALLBACK;
		int score = voice ? (unhappy ? s.nextInt(7) : 7 + s.nextInt(4)) : (unhappy ? 1 + s.nextInt(2) : 3 + s.nextInt(3));
		long answered = Math.max(Math.min(ended + 1800 + s.nextInt(20 * 3600), (world.end().toEpochDay() + 1) * DAY - 1), ended + 601);
		// an unhappy answer is followed up and the loop closed within a day, more often than not
		boolean loopClosed = unhappy && s.nextDouble() < PlantedEffects.LOOPS_CLOSED_SHARE;
		Instant loopClosedAt = loopClosed ? at(answered + 600 + s.nextInt(20 * 3600)) : null;
		// a comment more often than not, in the answer's tone; the planted themes only in the comments of passive answers
		// (NPS 7–8, CSAT 3), the one band with no effect of its own, so that the experience model, which does not know
		// the themes, does not credit theirs to the bands; drawn apart from everything else
		boolean commented = s.nextDouble() < PlantedEffects.COMMENT_RATE;
		SurveyComments.Tone tone = unhappy ? SurveyComments.Tone.UNHAPPY
				: voice && score <= 8 || !voice && score == 3 ? SurveyComments.Tone.PASSIVE : SurveyComments.Tone.HAPPY;
		boolean themed = commented && tone == SurveyComments.Tone.PASSIVE;
		boolean transferred = themed && s.nextDouble() < PlantedEffects.WRITES_TRANSFERRED;
		boolean rudeness = themed && s.nextDouble() < PlantedEffects.WRITES_RUDENESS;
		String comment = commented ? SurveyComments.of(s, state.language, tone, transferred, rudeness) : null;
		rows.surveyAnswer(new FeedbackBulkLoad.Answered(state.customerId, contactId, channel.name(), reason, queue(channel, state), advisorId,
				state.language, null, voice ? SurveyMeasure.NPS : SurveyMeasure.CSAT, score, comment, at(ended + 600), at(answered),
				loopClosedAt));
		int band = unhappy ? (voice ? DETRACTOR : DISSATISFIED) : voice ? (score >= 9 ? PROMOTER : 0) : (score >= 4 ? SATISFIED : 0);
		return band | (loopClosed ? LOOP_CLOSED : 0) | (transferred ? WROTE_TRANSFERRED : 0) | (rudeness ? WROTE_RUDENESS : 0);
	}

	private static double effect(int fresh) {
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

	private static String queue(Channel channel, State state) {
		return channel.name().toLowerCase() + "-" + state.language;
	}

	private static Instant at(long epochSecond) {
		return Instant.ofEpochSecond(epochSecond);
	}

	private static double exponential(SplittableRandom r, double rate) {
		return -Math.log(1 - r.nextDouble()) / rate;
	}

	private static int index(SplittableRandom r, double[] weights) {
		double total = 0;
		for (double w : weights) {
			total += w;
		}
		double u = r.nextDouble() * total;
		for (int i = 0; i < weights.length - 1; i++) {
			u -= weights[i];
			if (u < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	private static <T> T pick(SplittableRandom r, T[] values, double... weights) {
		return values[index(r, weights)];
	}

	/** One customer's experiences so far and their cases, one per reason at a time. */
	private final class State {

		final long customerId;
		final String language;
		final Expertise expertise;
		final SplittableRandom surveys;
		final SplittableRandom guides;
		final SplittableRandom suggestions;
		final SplittableRandom selfService;
		final SplittableRandom gratitude;
		final SplittableRandom evaluations;
		int experienced;
		/** Contacts arrive in the order they happen, even two on one day: the case file must tell which came first. */
		long lastArrival;
		/** The written contacts, given their words once the customer's name and addresses are drawn. */
		final java.util.List<WrittenConversations.WrittenContact> written = new java.util.ArrayList<>();
		private final Map<String, CaseState> cases = new HashMap<>();
		private final java.util.List<CaseState> all = new java.util.ArrayList<>();

		State(long customerId, String language, Expertise expertise) {
			this.customerId = customerId;
			this.language = language;
			this.expertise = expertise;
			this.surveys = new SplittableRandom(customerId * 0x9E3779B97F4A7C15L ^ SURVEY_STREAM);
			this.guides = new SplittableRandom(customerId * 0x9E3779B97F4A7C15L ^ GUIDE_STREAM);
			this.suggestions = new SplittableRandom(customerId * 0x9E3779B97F4A7C15L ^ SUGGESTION_STREAM);
			this.selfService = new SplittableRandom(customerId * 0x9E3779B97F4A7C15L ^ SELF_SERVICE_STREAM);
			this.gratitude = new SplittableRandom(customerId * 0x9E3779B97F4A7C15L ^ GRATITUDE_STREAM);
			this.evaluations = new SplittableRandom(customerId * 0x9E3779B97F4A7C15L ^ EVALUATION_STREAM);
		}

		boolean isNewCase(String reason, long at) {
			CaseState current = cases.get(reason);
			return current == null || !joins(current, at);
		}

		/** Follows {@code CaseAttachmentPolicy}: join the unresolved case, reopen a recent one, or open one. */
		long attach(String reason, long at, Boolean resolved, long advisorId) {
			CaseState current = cases.get(reason);
			if (current == null || !joins(current, at)) {
				current = new CaseState(nextCaseId++, reason, at, advisorId);
				cases.put(reason, current);
				all.add(current);
			}
			else if (current.status == CaseStatus.RESOLVED) {
				current.status = CaseStatus.REOPENED;
				current.resolvedAt = -1;
			}
			if (Boolean.TRUE.equals(resolved)) {
				current.status = CaseStatus.RESOLVED;
				current.resolvedAt = at;
			}
			current.owner = advisorId;
			return current.id;
		}

		private boolean joins(CaseState current, long at) {
			return current.status != CaseStatus.RESOLVED || at - current.resolvedAt <= REOPEN_WINDOW_DAYS * DAY;
		}

		void writeCases() throws Exception {
			for (CaseState c : all) {
				rows.supportCase(new ContactBulkLoad.CaseRow(c.id, customerId, c.reason, world.subjects().get(c.reason),
						c.status, c.owner, at(c.openedAt), c.resolvedAt < 0 ? null : at(c.resolvedAt)));
			}
		}
	}

	private static final class CaseState {

		final long id;
		final String reason;
		final long openedAt;
		CaseStatus status = CaseStatus.OPEN;
		long resolvedAt = -1;
		long owner;

		CaseState(long id, String reason, long openedAt, long owner) {
			this.id = id;
			this.reason = reason;
			this.openedAt = openedAt;
			this.owner = owner;
		}
	}
}
