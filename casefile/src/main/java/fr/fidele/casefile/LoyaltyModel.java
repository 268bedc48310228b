package fr.fidele.casefile;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import fr.fidele.stats.survival.CoxData;

/**
 * One of the loyalty module's churn models (Efron ties, strata by segment, the terms as time-varying covariates): its
 * terms, which columns of the customers' table they are, and over whom it is fitted (a segment's customers, or all).
 * The application and the Spark jobs fit the same list.
 *
 * @param id        names the model in the files the Spark jobs write
 * @param columns   the terms' columns in the table read with {@link Exposure#ofTheLoyaltyModels}'s exposures
 * @param segment   only its customers (null: everyone followed)
 * @param estimable only the terms some departed customer went through are kept ({@link ExposureCounts#estimable})
 */
public record LoyaltyModel(String id, int[] columns, List<String> terms, Segment segment, boolean estimable) implements Serializable {

	public static final String EXPERIENCES = "experiences";
	/** The naive comparison of the retention report, having ever contacted ({@link EverExposed}). */
	public static final String NAIVE = "naive";

	/** Which experiences lose customers: every {@link Experience} some departed customer went through. */
	public static LoyaltyModel experiences(List<Exposure> exposures) {
		List<String> names = Arrays.stream(Experience.values()).map(Enum::name).toList();
		return new LoyaltyModel(EXPERIENCES, columns(exposures, names), names, null, true);
	}

	/**
	 * The retention models, in the report's order: having contacted the service, each channel, each reason, then
	 * having contacted within each segment (the term named by the segment).
	 */
	public static List<LoyaltyModel> retention(List<Exposure> exposures) {
		List<String> channels = Arrays.stream(Channel.values()).map(Channel::name).toList();
		List<String> reasons = exposures.stream().map(Exposure::name).filter(n -> n.startsWith(Exposure.REASON))
			.map(n -> n.substring(Exposure.REASON.length())).toList();
		int[] contacted = columns(exposures, List.of(Exposure.CONTACTED));
		List<LoyaltyModel> models = new ArrayList<>();
		models.add(new LoyaltyModel("contacted", contacted, List.of(Exposure.CONTACTED), null, false));
		models.add(new LoyaltyModel("channels", columns(exposures, channels.stream().map(c -> Exposure.CHANNEL + c).toList()),
				channels, null, false));
		models.add(new LoyaltyModel("reasons", columns(exposures, reasons.stream().map(c -> Exposure.REASON + c).toList()),
				reasons, null, false));
		for (Segment segment : Segment.values()) {
			models.add(new LoyaltyModel("segment-" + segment.name(), contacted, List.of(segment.name()), segment, false));
		}
		return models;
	}

	/** The customers and days it follows, of those {@code whole} follows. */
	public FollowUp followUp(CustomerTable table, FollowUp whole) {
		return segment == null ? whole : whole.within(table, segment.ordinal());
	}

	/** The same model with the terms {@code counts} (of this model's columns) can estimate, when it keeps only those. */
	public LoyaltyModel fitted(ExposureCounts counts) {
		if (!estimable) {
			return this;
		}
		int[] kept = IntStream.range(0, columns.length).filter(counts::estimable).toArray();
		return new LoyaltyModel(id, Arrays.stream(kept).map(c -> columns[c]).toArray(),
				Arrays.stream(kept).mapToObj(terms::get).toList(), segment, true);
	}

	/** Its counting-process rows over {@code followUp}. */
	public CoxData rows(CustomerTable table, FollowUp followUp) {
		return CountingProcess.of(table, columns, terms, followUp);
	}

	/** The columns of the exposures named, in that order. */
	public static int[] columns(List<Exposure> exposures, List<String> names) {
		List<String> all = exposures.stream().map(Exposure::name).toList();
		return names.stream().mapToInt(name -> {
			int column = all.indexOf(name);
			if (column < 0) {
				throw new IllegalArgumentException("no exposure named " + name);
			}
			return column;
		}).toArray();
	}
}
