package fr.fidele.loyalty;

import java.time.Clock;

import fr.fidele.platform.InvalidFieldException;
import fr.fidele.stats.measures.CallRecords;
import fr.fidele.stats.measures.ContactHistory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Service;

/**
 * The service measures of docs/metrics.md — first-contact resolution, repeat contacts, abandonment, service level,
 * speed of answer and handle time — computed by the {@code stats} measures on the contacts of a filter, each with the
 * contacts behind it.
 */
@Service
public class ServiceMeasures implements SchedulingConfigurer {

	/** Contacts per page of a drill-down. */
	public static final int PAGE_SIZE = 50;

	private final ServiceColumns columns;
	private final MeasureDrillDown drillDown;
	private final SlowReports slow;
	private final LoyaltyProperties properties;
	private final MeasureDefaults defaults;
	private final Clock clock;

	ServiceMeasures(ServiceColumns columns, MeasureDrillDown drillDown, SlowReports slow, LoyaltyProperties properties,
			MeasureDefaults defaults, Clock clock) {
		this.defaults = defaults;
		this.columns = columns;
		this.drillDown = drillDown;
		this.slow = slow;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The measures over the contacts of {@code filter}, with the thresholds of {@code settings}. A report over so
	 * many contacts that it takes long to compute is reused for a while (see {@link SlowReports}); the others are
	 * computed afresh.
	 */
	public ServiceReport report(ContactFilter filter, MeasureSettings settings) {
		return slow.get(new SlowReports.Key(filter, settings), () -> compute(filter, settings));
	}

	/**
	 * Computes the report of the whole service with the default thresholds again if it is one of the slow ones,
	 * more often than it expires, so that the dashboard everyone opens first never waits for it.
	 */
	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		tasks.addFixedDelayTask(new FixedDelayTask(this::refreshTheWholeService, properties.slowReportRefresh(), properties.slowReportRefresh()));
	}

	void refreshTheWholeService() {
		MeasureSettings company = defaults.current();
		SlowReports.Key whole = new SlowReports.Key(ContactFilter.NONE, company);
		if (slow.holds(whole)) {
			slow.replace(whole, compute(ContactFilter.NONE, company));
		}
	}

	private ServiceReport compute(ContactFilter filter, MeasureSettings settings) {
		ServiceColumns.Columns data = columns.read(filter);
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

	/** Page {@code page} (from 0) of the contacts behind {@code measure}. */
	public ContactPage contacts(Measure measure, ContactFilter filter, MeasureSettings settings, int page) {
		if (page < 0) {
			throw new InvalidFieldException("page", "notNegative");
		}
		return drillDown.page(measure, filter, settings, page, PAGE_SIZE);
	}
}
