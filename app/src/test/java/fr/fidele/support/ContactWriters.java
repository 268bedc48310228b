package fr.fidele.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;

/**
 * Integration clients recording contacts through the API, each for a customer of its own, as fast as they are
 * answered: a contact counts as written only once Fidèle acknowledged it (201, or 200 for a known externalRef). A
 * failed call (the database or Fidèle gone) is retried with the same externalRef until it is acknowledged, as the
 * API's documentation tells integrations to do.
 */
public final class ContactWriters {

	private static final Duration RETRY_PAUSE = Duration.ofMillis(200);
	private static final Duration LAST_RETRIES = Duration.ofMinutes(3);

	/** The day of the contacts, unless told otherwise. */
	public static final LocalDate DAY = LocalDate.of(2026, 3, 2);

	private final ApiClient api;
	private final LocalDate day;
	private final String advisor;
	private final String reason;
	private final List<Writer> writers = new ArrayList<>();
	private final ExecutorService threads;
	private final List<Future<?>> running = new ArrayList<>();
	/** The statuses of the calls that were not acknowledged; 0 where Fidèle did not answer at all. */
	private final Set<Integer> refusals = ConcurrentHashMap.newKeySet();
	private final AtomicInteger failures = new AtomicInteger();
	private volatile boolean stopping;

	public ContactWriters(ApiClient api, int count, String advisor) {
		this(api, count, advisor, DAY);
	}

	/** Clients whose contacts all happened on {@code day}. */
	public ContactWriters(ApiClient api, int count, String advisor, LocalDate day) {
		this.api = api;
		this.day = day;
		this.advisor = advisor;
		this.reason = api.get("/api/reasons").json().get(0).get("code").asString();
		this.threads = Executors.newFixedThreadPool(count);
		for (int i = 0; i < count; i++) {
			String reference = "W-" + UUID.randomUUID().toString().substring(0, 12);
			long customerId = api.post("/api/customers", """
					{"reference":"%s","name":"Client %s","segment":"RESIDENTIAL","expertise":"NOVICE","customerSince":"2024-01-15"}"""
				.formatted(reference, reference)).json().get("id").asLong();
			writers.add(new Writer(customerId, reference));
		}
	}

	public ContactWriters start() {
		writers.forEach(writer -> running.add(threads.submit(writer::run)));
		return this;
	}

	/** Contacts acknowledged so far. */
	public int acknowledged() {
		return writers.stream().mapToInt(writer -> writer.acknowledged.size()).sum();
	}

	/** Calls that were not acknowledged (and were retried). */
	public int failures() {
		return failures.get();
	}

	/** The statuses of the calls that were not acknowledged; 0 where Fidèle did not answer at all. */
	public Set<Integer> refusals() {
		return Set.copyOf(refusals);
	}

	/** Lets each client finish the contact it is writing, retried until acknowledged, and stops them. */
	public void stop() throws InterruptedException, ExecutionException {
		stopping = true;
		threads.shutdown();
		assertThat(threads.awaitTermination(LAST_RETRIES.toSeconds() + 30, TimeUnit.SECONDS)).as("writers finished").isTrue();
		for (Future<?> writer : running) {
			writer.get();
		}
	}

	/** Each acknowledged contact is in its customer's file, exactly once, and no other is. */
	public void assertEveryAcknowledgedContactIsThereOnce(ApiClient reader) {
		for (Writer writer : writers) {
			JsonNode contacts = reader.get("/api/customers/" + writer.customerId + "/contacts?limit=1000").json();
			List<String> refs = new ArrayList<>();
			contacts.forEach(contact -> refs.add(contact.get("externalRef").asString()));
			assertThat(refs).as("contacts of %s", writer.reference).doesNotHaveDuplicates();
			assertThat(Set.copyOf(refs)).as("contacts of %s", writer.reference).isEqualTo(Set.copyOf(writer.acknowledged));
		}
	}

	/** How many contacts each client has had acknowledged so far. */
	public List<Integer> progress() {
		return writers.stream().map(writer -> writer.acknowledged.size()).toList();
	}

	/**
	 * The database holds the state of one moment between two readings of {@link #progress()}: each client's first k
	 * contacts and no other, k at least what was acknowledged at the first reading and at most one more than at the
	 * second (the contact being written then, committed but not yet acknowledged).
	 */
	public void assertStateOfAMomentBetween(ApiClient reader, List<Integer> earliest, List<Integer> latest) {
		for (int i = 0; i < writers.size(); i++) {
			Writer writer = writers.get(i);
			List<Integer> sequences = new ArrayList<>();
			reader.get("/api/customers/" + writer.customerId + "/contacts?limit=1000").json()
				.forEach(contact -> sequences.add(Integer.parseInt(contact.get("externalRef").asString().substring(writer.reference.length() + 1))));
			sequences.sort(null);
			assertThat(sequences.size()).as("contacts of %s", writer.reference).isBetween(earliest.get(i), latest.get(i) + 1);
			for (int k = 0; k < sequences.size(); k++) {
				assertThat(sequences.get(k)).as("contact %d of %s", k + 1, writer.reference).isEqualTo(k + 1);
			}
		}
	}

	/** Neither these clients' customers nor their contacts are there (a backup taken before they wrote was restored). */
	public void assertNoContactIsThere(ApiClient reader) {
		for (Writer writer : writers) {
			assertThat(reader.get("/api/customers/" + writer.customerId).status()).as(writer.reference).isEqualTo(404);
		}
	}

	private final class Writer {

		final long customerId;
		final String reference;
		final Set<String> acknowledged = ConcurrentHashMap.newKeySet();

		Writer(long customerId, String reference) {
			this.customerId = customerId;
			this.reference = reference;
		}

		void run() {
			for (int sequence = 1; !stopping; sequence++) {
				String ref = reference + "-" + sequence;
				Instant deadline = null;
				while (!write(ref)) {
					deadline = stopping && deadline == null ? Instant.now().plus(LAST_RETRIES) : deadline;
					if (deadline != null && Instant.now().isAfter(deadline)) {
						throw new IllegalStateException(ref + " never acknowledged");
					}
					pause();
				}
				acknowledged.add(ref);
			}
		}

		private boolean write(String ref) {
			try {
				ApiClient.Response response = api.post("/api/contacts", """
						{"customerId":%d,"channel":"PHONE","reasonCode":"%s","queue":"phone-fr","externalRef":"%s",
						 "arrivedAt":"%4$sT09:00:00Z","queuedAt":"%4$sT09:00:20Z","answeredAt":"%4$sT09:01:00Z",
						 "endedAt":"%4$sT09:05:00Z","endedBy":"CUSTOMER","identityVerified":true,"resolved":true,
						 "legs":[{"advisor":"%5$s","startedAt":"%4$sT09:01:00Z","endedAt":"%4$sT09:05:00Z"}]}"""
					.formatted(customerId, reason, ref, day, advisor));
				if (response.status() == 201 || response.status() == 200) {
					return true;
				}
				if (response.status() >= 400 && response.status() < 500 && response.status() != 409 && response.status() != 429) {
					throw new AssertionError("a valid contact was refused: " + response.body());
				}
				refusals.add(response.status());
			}
			catch (IllegalStateException connectionLost) {
				// Fidèle itself is down: retried like an answer that was not an acknowledgement
				refusals.add(0);
			}
			failures.incrementAndGet();
			return false;
		}

		/** Waits until Fidèle answers again (its health UP), as a client backing off before it retries. */
		private void pause() {
			Awaitility.await().pollDelay(RETRY_PAUSE).pollInterval(RETRY_PAUSE).atMost(LAST_RETRIES).until(this::fideleUp);
		}

		private boolean fideleUp() {
			try {
				ApiClient.Response health = api.get("/actuator/health");
				return health.status() == 200 && health.body().contains("\"UP\"");
			}
			catch (IllegalStateException down) {
				return false;
			}
		}

	}
}
