package fr.fidele.loyalty;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;

import fr.fidele.platform.InvalidFieldException;
import fr.fidele.stats.measures.CallRecords;
import fr.fidele.stats.measures.ContactHistory;
import org.springframework.stereotype.Service;

/**
 * The service measures of docs/metrics.md — first-contact resolution, repeat contacts, abandonment, service level,
 * speed of answer and handle time — computed by the {@code stats} measures on the contacts of a filter, each with the
 * contacts behind it, on the contacts held in memory ({@link ContactsInMemory}); or, for the whole service, those the
 * Spark job counted with the same settings (decision 37).
 */
@Service
public class ServiceMeasures {

	/** Contacts per page of a drill-down. */
	public static final int PAGE_SIZE = 50;

	/** What a report is computed for. */
	private record Key(ContactFilter filter, MeasureSettings settings) {
	}

	private final ContactsInMemory contacts;
	private final MeasureDrillDown drillDown;
	private final Clock clock;
	private final FilterMemo<Key, ServiceReport> byFilter = new FilterMemo<>();
	/** The whole service's measures made elsewhere (the Spark job), used for their settings until the next recomputation. */
	private final AtomicReference<ServiceReport> adopted = new AtomicReference<>();

	ServiceMeasures(ContactsInMemory contacts, MeasureDrillDown drillDown, Clock clock) {
		this.contacts = contacts;
		this.drillDown = drillDown;
		this.clock = clock;
	}

	/**
	 * The measures over the contacts of {@code filter}, with the thresholds of {@code settings}, kept until the
	 * contacts held change; the whole service's from the Spark job, when it counted them with these thresholds, kept
	 * until the next recomputation.
	 */
	public ServiceReport report(ContactFilter filter, MeasureSettings settings) {
		ServiceReport whole = adopted.get();
		if (whole != null && filter.isNone() && whole.settings().equals(settings)) {
			return whole;
		}
		return byFilter.get(contacts.version(), new Key(filter, settings), key -> compute(key.filter(), key.settings()));
	}

	private ServiceReport compute(ContactFilter filter, MeasureSettings settings) {
		ContactsInMemory.Measured data = contacts.measured(filter);
		ContactHistory history = data.history();
		CallRecords calls = data.calls();
		long answered = 0;
		double totalWait = 0;
		for (int i = 0; i < calls.answered().length; i++) {
			if (calls.answered()[i]) {
				answered++;
				totalWait += calls.waitTime()[i];
			}
		}
		return new ServiceReport(filter, settings, data.contacts(),
				history.firstContactResolution(settings.resolutionDays()),
				history.repeatContactRate(Measure.REPEAT_24_HOURS.repeatWindowDays()),
				history.repeatContactRate(Measure.REPEAT_7_DAYS.repeatWindowDays()),
				history.repeatContactRate(Measure.REPEAT_30_DAYS.repeatWindowDays()), calls.answered().length, answered,
				calls.abandonmentRate(settings.shortAbandonSeconds()),
				calls.serviceLevel(settings.targetSeconds(), settings.abandonedCalls(), settings.shortAbandonSeconds()),
				answered == 0 ? null : totalWait / answered, answered == 0 ? null : calls.averageHandleTime(), clock.instant());
	}

	/** Uses {@code whole} (null: none) for the whole service with its settings from now on. */
	void adopt(ServiceReport whole) {
		adopted.set(whole);
	}

	/** Page {@code page} (from 0) of the contacts behind {@code measure}. */
	public ContactPage contacts(Measure measure, ContactFilter filter, MeasureSettings settings, int page) {
		if (page < 0) {
			throw new InvalidFieldException("page", "notNegative");
		}
		return drillDown.page(measure, filter, settings, page, PAGE_SIZE);
	}
}
