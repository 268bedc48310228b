package fr.fidele.casefile;

/**
 * What the Spark module's loyalty job ({@code fr.fidele.spark.LoyaltyModelsJob}) and the application that starts it
 * and reads it back agree on: the environment it is started with, the files it writes in its directory, and the keys
 * of those files. Named once here, which both sides see, rather than spelt on each side.
 */
public final class JobExchange {

	/** The database's URL, user and password included, when the job's first argument is {@code -}. */
	public static final String URL_VARIABLE = "FIDELE_JDBC_URL";
	/** Set, the job ends when its standard input does: the application that holds it is gone. */
	public static final String STOP_WITH_INPUT = "FIDELE_STOP_WITH_INPUT";

	/** The service measures' and value at stake's thresholds ({@link FigureThresholds}); unset, their defaults. */
	public static final String THRESHOLDS_VARIABLE = "FIDELE_THRESHOLDS";

	/** The suffix of a model's counts, after its id: customers, departures, each term's exposed and departed. */
	public static final String COUNTS = ".counts";
	public static final String CUSTOMERS = "customers";
	public static final String DEPARTURES = "departures";
	/** Before a term's name: its exposed customers. */
	public static final String EXPOSED = "exposed.";
	/** Before a term's name: its exposed customers who left. */
	public static final String EXPOSED_CHURNED = "exposedChurned.";
	/** The dashboards' counts of every contact ({@link TallyFile}). */
	public static final String TALLY = "dashboards.tally";
	/** The whole service's months: a header, then a month a line, its contacts' counters, customers present and left. */
	public static final String TRENDS = "trends.tsv";
	/** The landmark curves: {@code curve GROUP SUBJECTS EVENTS}, then {@code point GROUP TIME SURVIVAL LOWER UPPER}. */
	public static final String LANDMARK = "landmark.tsv";
	/** The value at stake's customers. */
	public static final String VALUE_AT_STAKE = "value-at-stake.counts";
	public static final String UNHAPPY = "unhappyCustomers";
	public static final String HAPPY = "happyCustomers";

	/**
	 * The whole service's measures: the {@link FigureThresholds} they were counted with ({@value #THRESHOLDS}), then each
	 * measure's parts.
	 */
	public static final String SERVICE = "service.measures";
	public static final String THRESHOLDS = "thresholds";
	/** Contacts, offered and answered calls, the answered calls' summed waits and handle times. */
	public static final String CONTACTS = "contacts";
	public static final String OFFERED = "offered";
	public static final String ANSWERED = "answered";
	public static final String WAIT_TOTAL = "waitTotal";
	public static final String HANDLE_TOTAL = "handleTotal";
	/** Proportions, as {@code NUMERATOR DENOMINATOR}. */
	public static final String FIRST_CONTACT_RESOLUTION = "firstContactResolution";
	public static final String ABANDONMENT = "abandonment";
	public static final String SERVICE_LEVEL = "serviceLevel";
	/** The contacts repeated within a day, 7 days and 30 days, then the contacts with a request. */
	public static final String REPEATS = "repeats";
	/**
	 * The measures by channel: a header, then a channel a line: its inbound contacts, those with a first response, the
	 * median and 90th percentile of those (empty: none), the requests begun there, those resolved at once, the resolved
	 * requests and the median of their resolution time.
	 */
	public static final String CHANNELS = "channels.tsv";
	/** The customers with contacts in the value at stake's recent days: a header, then {@code CUSTOMER_ID COUNT}. */
	public static final String RECENT_CONTACTS = "recent-contacts.tsv";
	public static final String RECENT_DAYS = "recentDays";

	private JobExchange() {
	}
}
