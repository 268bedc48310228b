package fr.fidele.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import fr.fidele.catalogue.CatalogueBulkLoad;
import fr.fidele.catalogue.CatalogueBulkLoads;
import fr.fidele.contacts.ContactBulkLoad;
import fr.fidele.contacts.ContactBulkLoads;
import fr.fidele.contacts.Reason;
import fr.fidele.contacts.Reasons;
import fr.fidele.customers.CustomerBulkLoad;
import fr.fidele.customers.CustomerBulkLoads;
import fr.fidele.customers.Customers;
import fr.fidele.email.EmailBulkLoad;
import fr.fidele.email.EmailBulkLoads;
import fr.fidele.feedback.FeedbackBulkLoad;
import fr.fidele.feedback.FeedbackBulkLoads;
import fr.fidele.guidance.GuidanceBulkLoad;
import fr.fidele.guidance.GuidanceBulkLoads;
import fr.fidele.messaging.MessagingBulkLoad;
import fr.fidele.messaging.MessagingBulkLoads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Loads the demo company at start-up into a database that has no customer yet, when
 * {@code fidele.demo.load} is set (the README's start command sets it).
 */
@Component
class DemoCompanyLoader implements ApplicationRunner {

	static final String ACTOR = "demo-generator";
	private static final Logger log = LoggerFactory.getLogger(DemoCompanyLoader.class);
	private static final int SIMULATED_DAYS = 730;
	/** Where the demo's written conversations are kept: a mailbox and a messaging channel for the record only. */
	static final String DEMO_MAILBOX = "service-client@demo.fidele.invalid";
	static final String DEMO_MESSAGING = "SMS (démo)";
	static final String DEMO_SURVEY = "Après contact (démo)";
	private static final String WRITTEN_QUEUE = "GENERAL";

	private final DemoProperties properties;
	private final DemoPeople people;
	private final Reasons reasons;
	private final Customers customers;
	private final CustomerBulkLoads customerLoads;
	private final ContactBulkLoads contactLoads;
	private final EmailBulkLoads emailLoads;
	private final MessagingBulkLoads messagingLoads;
	private final FeedbackBulkLoads feedbackLoads;
	private final GuidanceBulkLoads guidanceLoads;
	private final DemoGuides guides;
	private final CatalogueBulkLoads catalogueLoads;
	private final DemoCatalogue catalogue;
	private final DemoArticles articles;
	private final DemoPractices practices;
	private final Clock clock;
	private final ConfigurableApplicationContext context;

	DemoCompanyLoader(DemoProperties properties, DemoPeople people, Reasons reasons, Customers customers, CustomerBulkLoads customerLoads,
			ContactBulkLoads contactLoads, EmailBulkLoads emailLoads, MessagingBulkLoads messagingLoads, FeedbackBulkLoads feedbackLoads,
			GuidanceBulkLoads guidanceLoads, DemoGuides guides, CatalogueBulkLoads catalogueLoads, DemoCatalogue catalogue, DemoArticles articles,
			DemoPractices practices, Clock clock, ConfigurableApplicationContext context) {
		this.catalogueLoads = catalogueLoads;
		this.catalogue = catalogue;
		this.articles = articles;
		this.practices = practices;
		this.guidanceLoads = guidanceLoads;
		this.guides = guides;
		this.emailLoads = emailLoads;
		this.feedbackLoads = feedbackLoads;
		this.messagingLoads = messagingLoads;
		this.properties = properties;
		this.people = people;
		this.customers = customers;
		this.reasons = reasons;
		this.customerLoads = customerLoads;
		this.contactLoads = contactLoads;
		this.clock = clock;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		if (!properties.load()) {
			return;
		}
		if (people.alreadyCreated() || customers.any()) {
			log.info("Demo company not loaded: the database already holds people or customers");
		}
		else {
			load();
		}
		if (properties.exitAfterLoad()) {
			System.exit(SpringApplication.exit(context, () -> 0));
		}
	}

	void load() throws Exception {
		long started = System.nanoTime();
		SplittableRandom random = new SplittableRandom(properties.seed());
		DemoPeople.Staff staff = people.create(properties, random.split());
		LocalDate end = properties.endDate() != null ? properties.endDate() : LocalDate.now(clock);
		Map<String, String> subjects = reasons.all().stream().collect(Collectors.toMap(Reason::code, Reason::labelFr));
		CustomerSimulation.World world = new CustomerSimulation.World(end.minusDays(SIMULATED_DAYS), end,
				ContactRate.daily(properties.contactsPerCustomer()), staff.advisorIds(), staff.hangUpAdvisor(), subjects);
		BulkLoadRows rows;
		long contactRows;
		long firstCustomer;
		guides.write();
		catalogue.write();
		articles.write();
		// the contacts' load first: it makes their months' partitions, which refer to the customers and could not be
		// created beside the customers' load once that one is copying
		try (ContactBulkLoad contacts = contactLoads.open(world.start().atStartOfDay(ZoneOffset.UTC).toInstant(),
				world.end().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
				CustomerBulkLoad customers = customerLoads.open(ACTOR, "demo company generated");
				GuidanceBulkLoad guideUses = guidanceLoads.open()) {
			rows = new BulkLoadRows(customers, contacts, guideUses);
			CustomerSimulation simulation = new CustomerSimulation(world, rows, contacts.firstContactId(), contacts.firstCaseId());
			firstCustomer = customers.firstId();
			for (int i = 0; i < properties.customers(); i++) {
				simulation.simulate(customers.firstId() + i, random.split());
			}
			rows.finish();
			contactRows = contacts.contactRows();
		}
		// the written words after their contacts, once those loads gave back their connections: each table's COPY holds
		// one, and all at once would take more than a pool of ten
		try (EmailBulkLoad emails = emailLoads.open(DEMO_MAILBOX, WRITTEN_QUEUE);
				MessagingBulkLoad messages = messagingLoads.open(DEMO_MESSAGING, WRITTEN_QUEUE);
				FeedbackBulkLoad surveys = feedbackLoads.open(DEMO_SURVEY);
				CatalogueBulkLoad suggestions = catalogueLoads.open()) {
			rows.writeWords(emails, messages, surveys, suggestions, firstCustomer, properties.customers(), world.start());
		}
		practices.write(rows, staff, end, random.split());
		log.info("Demo company: {} customers and {} contacts generated and loaded in {} s", properties.customers(), contactRows,
				(System.nanoTime() - started) / 1_000_000_000);
	}
}
