package fr.fidele.demo;

import static fr.fidele.demo.SimulatedExperiences.ABANDONED;
import static fr.fidele.demo.SimulatedExperiences.CANCELLATION;
import static fr.fidele.demo.SimulatedExperiences.EFFECTS;
import static fr.fidele.demo.SimulatedExperiences.HUNG_UP;
import static fr.fidele.demo.SimulatedExperiences.LONG_WAIT;
import static fr.fidele.demo.SimulatedExperiences.REIDENTIFIED;
import static fr.fidele.demo.SimulatedExperiences.RESOLVED;
import static fr.fidele.demo.SimulatedExperiences.RESOLVED_FIRST;
import static fr.fidele.demo.SimulatedExperiences.UNRESOLVED_COMPLAINT;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import fr.fidele.casefile.Channel;
import fr.fidele.contacts.ContactBulkLoad;
import fr.fidele.contacts.EndedBy;
import fr.fidele.customers.Expertise;
import fr.fidele.casefile.Segment;

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
		Segment segment = Draws.pick(r, Segment.values(), 75, 20, 5);
		Expertise expertise = Draws.pick(r, Expertise.values(), 35, 45, 20);
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
		double contactAt = t + Draws.exponential(r, world.dailyContactRate());
		while (true) {
			double next = Math.min(contactAt, repeatAt);
			long contactDay = Math.min((long) next, endDay);
			// Churn is decided at the end of each day, after that day's contacts, at the day's hazard:
			// the days survived before churning are geometric, drawn as an exponential wait.
			long churnDay = day + (long) Draws.exponential(r, hazard);
			if (churnDay < contactDay) {
				churnedOn = LocalDate.ofEpochDay(churnDay);
				break;
			}
			if (contactDay >= endDay) {
				break;
			}
			boolean repeat = next == repeatAt;
			String reason = repeat ? repeatReason : REASONS[Draws.index(r, REASON_WEIGHTS)];
			int experience = contact(state, r, contactDay, reason);
			if (repeat) {
				repeatAt = Double.POSITIVE_INFINITY;
			}
			else {
				contactAt = next + Draws.exponential(r, world.dailyContactRate());
			}
			if ((experience & RESOLVED) == 0 && r.nextDouble() < REPEAT_PROBABILITY) {
				repeatAt = next + Draws.exponential(r, 1 / REPEAT_MEAN_DAYS);
				repeatReason = reason;
			}
			int fresh = experience & ~state.experienced & EFFECTS;
			state.experienced |= fresh;
			hazard *= SimulatedExperiences.factor(fresh);
			day = contactDay;
		}
		WrittenConversations.Writer writer = CustomerRecords.customer(rows, id, r, language, segment, expertise, value, since, churnedOn);
		CustomerRecords.outcomes(rows, id, since, churnedOn != null ? churnedOn : world.end(), churnedOn != null, value);
		state.cases.write(rows, world.subjects());
		WrittenConversations.write(rows, state.written, writer, world.end());
	}

	/** Writes one contact and returns the experiences it gave, as bit flags. */
	private int contact(State state, SplittableRandom r, long day, String reason) throws Exception {
		Channel channel = CHANNELS[Draws.index(r, CHANNEL_WEIGHTS)];
		boolean live = channel == Channel.PHONE || channel == Channel.CHAT || channel == Channel.CALLBACK
				|| channel == Channel.IN_PERSON;
		long arrived = Math.max(day * DAY + 7 * 3600 + r.nextInt(12 * 3600), state.lastArrival + 60 + r.nextInt(3600));
		state.lastArrival = arrived;
		long queued = arrived + (channel == Channel.PHONE ? 15 + r.nextInt(45) : 0);
		long wait = live ? (long) (r.nextDouble() < 0.8 ? Draws.exponential(r, 1 / 60.0) : Draws.exponential(r, 1 / 400.0))
				: (long) Draws.exponential(r, 1 / (8 * 3600.0));
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
			boolean first = state.cases.isNewCase(reason, arrived);
			long caseId = state.cases.attach(reason, arrived, null, world.advisors()[0]);
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
			boolean first = state.cases.isNewCase(reason, arrived);
			long caseId = state.cases.attach(reason, arrived, Boolean.FALSE, world.advisors()[advisor]);
			rows.contact(new ContactBulkLoad.ContactRow(contactId, state.customerId, caseId, first, channel, reason, queue(channel, state),
					at(arrived), at(queued), at(answered), at(ended), EndedBy.ADVISOR, false, false, false, null, null));
			rows.leg(new ContactBulkLoad.LegRow(contactId, at(arrived), 1, world.advisors()[advisor], at(answered), at(ended), null));
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
		boolean firstInCase = state.cases.isNewCase(reason, arrived);
		long caseId = state.cases.attach(reason, arrived, resolved, world.advisors()[lastAdvisor]);
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
			rows.leg(new ContactBulkLoad.LegRow(contactId, at(arrived), 1, world.advisors()[advisor], at(answered), at(handover),
					Texts.transfer(r, state.language)));
			rows.leg(new ContactBulkLoad.LegRow(contactId, at(arrived), 2, world.advisors()[lastAdvisor], at(handover), at(ended), null));
		}
		else {
			rows.leg(new ContactBulkLoad.LegRow(contactId, at(arrived), 1, world.advisors()[advisor], at(answered), at(ended), null));
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
		return experience | SurveyAnswers.answered(rows, state.surveys, state.customerId, state.language, world.end(), contactId, channel, reason,
				queue(channel, state), world.advisors()[lastAdvisor], ended, experience);
	}

	private static String queue(Channel channel, State state) {
		return channel.name().toLowerCase() + "-" + state.language;
	}

	private static Instant at(long epochSecond) {
		return Instant.ofEpochSecond(epochSecond);
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
		final List<WrittenConversations.WrittenContact> written = new ArrayList<>();
		/** Their cases, one per reason at a time. */
		final SimulatedCases cases;

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
			this.cases = new SimulatedCases(customerId, () -> nextCaseId++);
		}
	}
}
