package fr.fidele.casefile;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Something a customer can go through with the service, switched on at the arrival of the first contact that passes
 * a test of the contact as the loyalty scan reads it. Names are plain identifiers (they name model terms and CSV
 * columns).
 */
public record Exposure(String name, Predicate<ContactRow> test) {

	public static final String CONTACTED = "CONTACTED";
	public static final String RESOLVED = "RESOLVED";
	public static final String CHANNEL = "CHANNEL_";
	public static final String REASON = "REASON_";
	/** The contact reasons' codes in their order, as {@link #ofTheLoyaltyModels} takes them. */
	public static final String REASON_CODES = "select code from reason_facts order by position, code";
	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

	public Exposure {
		if (!IDENTIFIER.matcher(name).matches()) {
			throw new IllegalArgumentException("not an identifier: " + name);
		}
	}

	public static Exposure of(Experience experience) {
		return new Exposure(experience.name(), experience::metBy);
	}

	/** Having had a contact on the channel. */
	public static Exposure channel(Channel channel) {
		return new Exposure(CHANNEL + channel.name(), row -> row.channel == channel);
	}

	/** Having had a contact for the reason of {@code code}. */
	public static Exposure reason(String code) {
		return new Exposure(REASON + code, row -> code.equals(row.reasonCode));
	}

	/**
	 * What the loyalty models read of every customer, in this order: the experiences, having contacted at all
	 * ({@value #CONTACTED}), having had a resolved contact ({@value #RESOLVED}), each channel and each reason of
	 * {@code reasonCodes} (the contact reasons in their order: position, then code).
	 */
	public static List<Exposure> ofTheLoyaltyModels(List<String> reasonCodes) {
		List<Exposure> exposures = new ArrayList<>();
		for (Experience experience : Experience.values()) {
			exposures.add(of(experience));
		}
		exposures.add(new Exposure(CONTACTED, row -> true));
		exposures.add(new Exposure(RESOLVED, ContactRow::resolvedTrue));
		for (Channel channel : Channel.values()) {
			exposures.add(channel(channel));
		}
		for (String code : reasonCodes) {
			exposures.add(reason(code));
		}
		return exposures;
	}
}
