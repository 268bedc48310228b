package fr.fidele.loyalty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import fr.fidele.casefile.Exposure;
import fr.fidele.contacts.Reason;
import fr.fidele.contacts.Reasons;
import org.springframework.stereotype.Component;

/**
 * Reads the {@link LoyaltyData}: the experiences, having contacted at all, having had a resolved contact, each
 * channel and each reason; the contacts the dashboards count in memory come from the same scan.
 */
@Component
class LoyaltyDataReader {

	private final CustomerExperiences experiences;
	private final Reasons reasons;
	private final ContactsInMemory contacts;
	private final Clock clock;
	private final AtomicReference<LoyaltyData> last = new AtomicReference<>();

	LoyaltyDataReader(CustomerExperiences experiences, ContactsInMemory contacts, Reasons reasons, Clock clock) {
		this.experiences = experiences;
		this.contacts = contacts;
		this.reasons = reasons;
		this.clock = clock;
	}

	/** Follows customers up to {@code asOf} (null: today). */
	LoyaltyData read(LocalDate asOf) {
		LocalDate day = asOf != null ? asOf : LocalDate.now(clock);
		List<Exposure> exposures = Exposure.ofTheLoyaltyModels(reasons.all().stream().map(Reason::code).toList());
		Instant started = clock.instant();
		CustomerExperiences.Read read = contacts.whileReadingEverything(() -> experiences.read(day, exposures));
		LoyaltyData data = new LoyaltyData(day, read.table(), List.copyOf(exposures));
		last.set(data);
		// The same scan read the contacts the dashboards count: they need not be read again.
		contacts.replace(day, read.scan(), started);
		return data;
	}

	/**
	 * Forgets the data last read, once the whole service's figures were computed elsewhere (the Spark job): the next
	 * filtered figure reads the case file as it is then, instead of one older than the figures beside it.
	 */
	void forget() {
		last.set(null);
	}

	/** The data last read, kept so that a dashboard filter is computed without reading the case file again. */
	LoyaltyData latest() {
		LoyaltyData data = last.get();
		return data != null ? data : read(null);
	}
}
