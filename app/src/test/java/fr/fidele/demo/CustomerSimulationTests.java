package fr.fidele.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import fr.fidele.casefile.Channel;
import fr.fidele.contacts.ContactBulkLoad.CaseRow;
import fr.fidele.contacts.ContactBulkLoad.ContactRow;
import fr.fidele.contacts.ContactBulkLoad.LegRow;
import fr.fidele.contacts.EndedBy;
import fr.fidele.customers.CustomerBulkLoad;
import fr.fidele.customers.IdentityKind;
import fr.fidele.customers.OutcomeType;
import fr.fidele.email.EmailBulkLoad;
import fr.fidele.catalogue.CatalogueBulkLoad;
import fr.fidele.feedback.FeedbackBulkLoad;
import fr.fidele.gratitude.GratitudeBulkLoad;
import fr.fidele.gratitude.ReminderStatus;
import fr.fidele.guidance.GuidanceBulkLoad;
import fr.fidele.feedback.SurveyMeasure;
import fr.fidele.messaging.MessagingBulkLoad;
import org.junit.jupiter.api.Test;

/** The demo company is the same for the same seed, and its planted behaviours are really there. */
class CustomerSimulationTests {

	private static final long[] ADVISORS = { 101, 102, 103, 104, 105, 106, 107, 108, 109, 110 };
	private static final int HANG_UP = 6;

	/** Keeps every row as text, in order. */
	static final class Recorded implements DemoRows {
		final List<String> rows = new ArrayList<>();
		final List<ContactRow> contacts = new ArrayList<>();
		final List<LegRow> legs = new ArrayList<>();
		final List<CustomerBulkLoad.Row> customers = new ArrayList<>();
		final List<EmailBulkLoad.Conversation> emails = new ArrayList<>();
		final List<MessagingBulkLoad.Exchange> exchanges = new ArrayList<>();
		final List<FeedbackBulkLoad.Answered> answers = new ArrayList<>();
		final List<GuidanceBulkLoad.Shown> guides = new ArrayList<>();
		final List<GratitudeBulkLoad.Remembered> reminders = new ArrayList<>();
		final List<EvaluatedContacts.Evaluated> evaluated = new ArrayList<>();

		@Override
		public void evaluated(EvaluatedContacts.Evaluated contact) {
			evaluated.add(contact);
			rows.add(contact.toString());
		}

		@Override
		public void reminder(GratitudeBulkLoad.Remembered reminder) {
			reminders.add(reminder);
			rows.add(reminder.toString());
		}

		@Override
		public void suggestionShown(CatalogueBulkLoad.Shown shown) {
			rows.add(shown.toString());
		}

		@Override
		public void guideShown(GuidanceBulkLoad.Shown shown) {
			guides.add(shown);
			rows.add(shown.toString());
		}

		@Override
		public void customer(CustomerBulkLoad.Row row) {
			customers.add(row);
			rows.add(row.toString());
		}

		@Override
		public void identity(long customerId, IdentityKind kind, String value) {
			rows.add(customerId + kind.name() + value);
		}

		@Override
		public void outcome(long customerId, OutcomeType type, LocalDate occurredOn, BigDecimal monthlyValue) {
			rows.add(customerId + type.name() + occurredOn);
		}

		@Override
		public void supportCase(CaseRow row) {
			rows.add(row.toString());
		}

		@Override
		public void contact(ContactRow row) {
			contacts.add(row);
			rows.add(row.toString());
		}

		@Override
		public void leg(LegRow row) {
			legs.add(row);
			rows.add(row.toString());
		}

		@Override
		public void emailConversation(EmailBulkLoad.Conversation conversation) {
			emails.add(conversation);
			rows.add(conversation.toString());
		}

		@Override
		public void messagingExchange(MessagingBulkLoad.Exchange exchange) {
			exchanges.add(exchange);
			rows.add(exchange.toString());
		}

		@Override
		public void surveyAnswer(FeedbackBulkLoad.Answered answer) {
			answers.add(answer);
			rows.add(answer.toString());
		}
	}

	private static Recorded simulate(long seed, int customers) throws Exception {
		Recorded recorded = new Recorded();
		CustomerSimulation.World world = new CustomerSimulation.World(LocalDate.parse("2024-11-01"),
				LocalDate.parse("2026-11-01"), ContactRate.daily(8.9), ADVISORS, HANG_UP, Map.of("BILLING", "Facturation"));
		CustomerSimulation simulation = new CustomerSimulation(world, recorded, 1, 1);
		SplittableRandom random = new SplittableRandom(seed);
		for (int i = 1; i <= customers; i++) {
			simulation.simulate(i, random.split());
		}
		return recorded;
	}

	@Test
	void aFewAnsweredContactsGetASurveyAnswerOnTheirChannelsScaleAfterTheContact() throws Exception {
		Recorded company = simulate(11, 2_000);
		Map<Long, ContactRow> contacts = new HashMap<>();
		company.contacts.forEach(contact -> contacts.put(contact.id(), contact));
		long answered = company.contacts.stream().filter(contact -> contact.answeredAt() != null).count();
		assertThat((double) company.answers.size() / answered).as("about 8% of the answered contacts, fewer for hang-ups")
			.isBetween(0.06, 0.09);
		for (FeedbackBulkLoad.Answered answer : company.answers) {
			ContactRow contact = contacts.get(answer.contactId());
			assertThat(contact.customerId()).isEqualTo(answer.customerId());
			assertThat(answer.answeredAt()).isAfter(contact.endedAt());
			boolean voice = contact.channel() == Channel.PHONE || contact.channel() == Channel.CALLBACK;
			assertThat(answer.measure()).isEqualTo(voice ? SurveyMeasure.NPS : SurveyMeasure.CSAT);
			assertThat(answer.measure().accepts(answer.score())).isTrue();
		}
	}

	/** Each resolved complaint of the last year is a reminder for its advisor; about half are thanked, the same day, in words naming the case. */
	@Test
	void theLastYearsResolvedComplaintsAreRemindedAndHalfAreThankedTheSameDay() throws Exception {
		Recorded company = simulate(11, 3_000);
		Map<Long, ContactRow> byCase = new HashMap<>();
		company.contacts.stream().filter(c -> "COMPLAINT".equals(c.reason()) && Boolean.TRUE.equals(c.resolved()))
			.forEach(c -> byCase.put(c.caseId(), c));
		long thanked = company.reminders.stream().filter(r -> r.status() == ReminderStatus.THANKED).count();

		assertThat(company.reminders).isNotEmpty().allSatisfy(r -> {
			ContactRow resolved = byCase.get(Long.parseLong(r.occasion().substring("case:".length())));
			assertThat(resolved).isNotNull();
			assertThat(resolved.customerId()).isEqualTo(r.customerId());
			assertThat(r.noticedAt()).isAfter(java.time.Instant.parse("2025-11-01T00:00:00Z"));
			if (r.status() == ReminderStatus.THANKED) {
				assertThat(r.thankedAt().truncatedTo(java.time.temporal.ChronoUnit.DAYS)).isEqualTo(r.noticedAt().truncatedTo(java.time.temporal.ChronoUnit.DAYS));
				assertThat(r.note()).contains(r.occasion().substring("case:".length()));
			}
		});
		assertThat((double) thanked / company.reminders.size()).isBetween(0.4, 0.6);
	}

	/** About one recent answered contact in twenty-five is drawn for evaluation; the planted hang-up advisor's score well least often. */
	@Test
	void recentContactsAreDrawnForEvaluationAndTheRushedAdvisorsRarelyScoreWell() throws Exception {
		Recorded company = simulate(11, 3_000);
		long recent = company.contacts.stream().filter(c -> c.answeredAt() != null && c.arrivedAt().isAfter(java.time.Instant.parse("2025-11-02T00:00:00Z")))
			.count();
		assertThat((double) company.evaluated.size() / recent).isBetween(0.03, 0.05);
		double rushed = company.evaluated.stream().filter(EvaluatedContacts.Evaluated::rushed).mapToDouble(e -> e.scoredWell() ? 1 : 0).average()
			.orElseThrow();
		double others = company.evaluated.stream().filter(e -> !e.rushed()).mapToDouble(e -> e.scoredWell() ? 1 : 0).average().orElseThrow();
		assertThat(rushed).isLessThan(0.45);
		assertThat(others).isGreaterThan(0.6);
	}

	@Test
	void theSameSeedGivesTheSameCompanyAndAnotherSeedAnother() throws Exception {
		assertThat(simulate(7, 300).rows).isEqualTo(simulate(7, 300).rows);
		assertThat(simulate(8, 300).rows).isNotEqualTo(simulate(7, 300).rows);
	}

	@Test
	void aboutTenContactsPerCustomerAcrossEveryChannel() throws Exception {
		Recorded company = simulate(11, 3000);
		double perCustomer = company.contacts.size() / 3000.0;
		assertThat(perCustomer).isBetween(8.5, 11.5);
		assertThat(company.contacts.stream().map(ContactRow::channel).distinct()).hasSize(Channel.values().length);
	}

	@Test
	void recentWrittenContactsCarryTheCustomersWordsAndTheAdvisorsAnswerInTheirLanguage() throws Exception {
		Recorded company = simulate(17, 1500);
		Map<Long, ContactRow> byId = new java.util.HashMap<>();
		company.contacts.forEach(c -> byId.put(c.id(), c));
		Map<Long, String> language = new java.util.HashMap<>();
		company.customers.forEach(c -> language.put(c.id(), c.language()));
		java.time.Instant recent = LocalDate.parse("2026-11-01").minusDays(WrittenConversations.RECENT_DAYS).atStartOfDay()
			.toInstant(java.time.ZoneOffset.UTC);
		long recentWritten = company.contacts.stream().filter(c -> !c.arrivedAt().isBefore(recent)).filter(c -> c.channel() == Channel.EMAIL
				|| c.channel() == Channel.WEB_FORM || c.channel() == Channel.SOCIAL).filter(c -> c.answeredAt() != null).count();
		assertThat(company.emails.size() + company.exchanges.size()).as("every recent written contact has its words").isEqualTo(recentWritten)
			.isGreaterThan(100);
		for (EmailBulkLoad.Conversation mail : company.emails) {
			ContactRow contact = byId.get(mail.contactId());
			assertThat(contact.channel()).isIn(Channel.EMAIL, Channel.WEB_FORM);
			assertThat(contact.firstResponseAt()).as("the reply is the contact's first response").isEqualTo(mail.answeredAt());
			assertThat(mail.caseId()).isEqualTo(contact.caseId());
			boolean english = "en".equals(language.get(mail.customerId()));
			assertThat(mail.answer()).startsWith(english ? "Hello " : "Bonjour ");
			assertThat(mail.customerAddress()).endsWith(english ? "@example.com" : "@exemple.fr");
		}
		assertThat(company.exchanges).allSatisfy(exchange -> assertThat(byId.get(exchange.contactId()).channel()).isEqualTo(Channel.SOCIAL));
		assertThat(company.emails.stream().map(EmailBulkLoad.Conversation::question).distinct().count()).as("varied words").isGreaterThan(20);
		assertThat(company.contacts.stream().filter(c -> c.channel() == Channel.PHONE).map(ContactRow::firstResponseAt))
			.as("a call's response is its pick-up, not a written reply").containsOnlyNulls();
	}

	@Test
	void thePlantedAdvisorHangsUpOnCustomersAndOthersRarelyDo() throws Exception {
		Recorded company = simulate(13, 4000);
		Map<Long, ContactRow> byId = new java.util.HashMap<>();
		company.contacts.forEach(c -> byId.put(c.id(), c));
		long[] answered = new long[ADVISORS.length];
		long[] hungUp = new long[ADVISORS.length];
		for (LegRow leg : company.legs) {
			ContactRow contact = byId.get(leg.contactId());
			boolean voice = contact.channel() == fr.fidele.casefile.Channel.PHONE || contact.channel() == fr.fidele.casefile.Channel.CALLBACK;
			if (leg.seq() != 1 || !voice) {
				continue;
			}
			int advisor = (int) (leg.advisorId() - 101);
			answered[advisor]++;
			long seconds = contact.endedAt().getEpochSecond() - contact.answeredAt().getEpochSecond();
			if (contact.endedBy() == EndedBy.ADVISOR && seconds < 30) {
				hungUp[advisor]++;
			}
		}
		assertThat((double) hungUp[HANG_UP] / answered[HANG_UP]).isBetween(0.28, 0.42);
		for (int a = 0; a < ADVISORS.length; a++) {
			if (a != HANG_UP) {
				assertThat((double) hungUp[a] / answered[a]).isLessThan(0.04);
			}
		}
	}

	@Test
	void customersLeaveAndCustomersStay() throws Exception {
		Recorded company = simulate(17, 3000);
		long churned = company.customers.stream().filter(c -> c.churnedOn() != null).count();
		assertThat(churned).isBetween(300L, 1500L);
	}
}
