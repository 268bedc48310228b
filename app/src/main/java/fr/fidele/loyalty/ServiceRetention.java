package fr.fidele.loyalty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import fr.fidele.contacts.Channel;
import fr.fidele.contacts.Reason;
import fr.fidele.contacts.Reasons;
import fr.fidele.customers.Segment;
import fr.fidele.stats.survival.ConfidenceType;
import fr.fidele.stats.survival.CoxData;
import fr.fidele.stats.survival.CoxModel;
import fr.fidele.stats.survival.CoxResult;
import fr.fidele.stats.survival.KaplanMeier;
import fr.fidele.stats.survival.ModelFitException;
import fr.fidele.stats.survival.SurvivalCurve;
import fr.fidele.stats.survival.SurvivalData;
import fr.fidele.stats.survival.Ties;
import org.springframework.stereotype.Service;

/**
 * Retention of customers who went through the service against those who did not, estimated
 * without immortal-time bias (see {@link RetentionReport}). Computed on demand and kept until
 * {@link #recompute} is asked for.
 */
@Service
public class ServiceRetention {

	/** Tenure day at which the landmark curves split customers by whether they had contacted the service. */
	static final int LANDMARK_DAYS = 90;
	private static final double LEVEL = 0.95;

	private final CustomerExperiences experiences;
	private final Reasons reasons;
	private final Clock clock;
	private final AtomicReference<RetentionReport> latest = new AtomicReference<>();

	ServiceRetention(CustomerExperiences experiences, Reasons reasons, Clock clock) {
		this.experiences = experiences;
		this.reasons = reasons;
		this.clock = clock;
	}

	public RetentionReport report() {
		RetentionReport report = latest.get();
		return report != null ? report : recompute(null);
	}

	/** Computes the report again on the case file as it is, following customers up to {@code asOf} (null: today). */
	public synchronized RetentionReport recompute(LocalDate asOf) {
		List<Exposure> exposures = new ArrayList<>();
		exposures.add(new Exposure("CONTACTED", "true"));
		for (Channel channel : Channel.values()) {
			exposures.add(new Exposure("CHANNEL_" + channel.name(), "channel = '" + channel.name() + "'"));
		}
		List<Reason> known = reasons.all();
		for (Reason reason : known) {
			exposures.add(new Exposure("REASON_" + reason.code(), "reason_code = '" + reason.code() + "'"));
		}
		CustomerExperiences.Table table = experiences.read(asOf != null ? asOf : LocalDate.now(clock), exposures);
		int churned = table.churnedCount();
		if (churned == 0) {
			return keep(new RetentionReport(null, null, List.of(), List.of(), List.of(), null, table.size(), 0,
					clock.instant(), "no customer has churned yet"));
		}
		List<Effect> overall = CoxEffects.fit(table, new int[] { 0 }, List.of("CONTACTED"), i -> true);
		List<Effect> byChannel = CoxEffects.fit(table, range(1, Channel.values().length),
				java.util.Arrays.stream(Channel.values()).map(Channel::name).toList(), i -> true);
		int firstReason = 1 + Channel.values().length;
		List<Effect> byReason = CoxEffects.fit(table, range(firstReason, known.size()),
				known.stream().map(Reason::code).toList(), i -> true);
		List<Effect> bySegment = new ArrayList<>();
		for (Segment segment : Segment.values()) {
			CoxEffects.fit(table, new int[] { 0 }, List.of(segment.name()), i -> table.segment()[i] == segment.ordinal())
				.forEach(bySegment::add);
		}
		return keep(new RetentionReport(overall.isEmpty() ? null : overall.get(0), naive(table), byChannel, byReason,
				bySegment, landmark(table), table.size(), churned, clock.instant(), null));
	}

	/** Contact as if it had been there from the start: the biased comparison the report warns against. */
	private static Effect naive(CustomerExperiences.Table table) {
		int n = table.size();
		double[] ever = new double[n];
		int exposed = 0;
		int exposedChurned = 0;
		for (int i = 0; i < n; i++) {
			ever[i] = table.firstDay()[0][i] < table.followUpDays()[i] ? 1 : 0;
			exposed += (int) ever[i];
			exposedChurned += ever[i] == 1 && table.churned()[i] ? 1 : 0;
		}
		try {
			CoxResult fit = CoxModel.fit(new CoxData(null, table.followUpDays(), table.churned(), table.segment(), 3,
					new double[][] { ever }, List.of("EVER_CONTACTED")), Ties.EFRON);
			return new Effect("EVER_CONTACTED", fit.hazardRatio(0), fit.hazardRatioLower(0, LEVEL),
					fit.hazardRatioUpper(0, LEVEL), fit.pValue(0), exposed, exposedChurned);
		}
		catch (ModelFitException e) {
			return null;
		}
	}

	private static RetentionReport.Landmark landmark(CustomerExperiences.Table table) {
		int atRisk = 0;
		for (int i = 0; i < table.size(); i++) {
			atRisk += table.followUpDays()[i] > LANDMARK_DAYS ? 1 : 0;
		}
		double[] time = new double[atRisk];
		boolean[] event = new boolean[atRisk];
		int[] group = new int[atRisk];
		int r = 0;
		for (int i = 0; i < table.size(); i++) {
			if (table.followUpDays()[i] > LANDMARK_DAYS) {
				time[r] = table.followUpDays()[i] - LANDMARK_DAYS;
				event[r] = table.churned()[i];
				group[r] = table.firstDay()[0][i] <= LANDMARK_DAYS ? 0 : 1;
				r++;
			}
		}
		List<SurvivalCurve> curves = KaplanMeier.fit(new SurvivalData(time, event, group, List.of("contacted", "notContacted")),
				ConfidenceType.LOG, LEVEL);
		if (curves.size() < 2) {
			return null;
		}
		return new RetentionReport.Landmark(LANDMARK_DAYS, SurvivalPoints.of("contacted", curves.get(0)),
				SurvivalPoints.of("notContacted", curves.get(1)));
	}

	private RetentionReport keep(RetentionReport report) {
		latest.set(report);
		return report;
	}

	private static int[] range(int from, int count) {
		int[] columns = new int[count];
		for (int c = 0; c < count; c++) {
			columns[c] = from + c;
		}
		return columns;
	}
}
