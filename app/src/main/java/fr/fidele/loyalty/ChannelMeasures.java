package fr.fidele.loyalty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import fr.fidele.casefile.ContactFlags;
import fr.fidele.casefile.Channel;
import fr.fidele.stats.measures.Proportion;
import org.springframework.stereotype.Service;

/**
 * The service measures side by side per channel, so that an e-mail is judged like a call:
 * <ul>
 * <li><b>time to first response</b> of the inbound contacts: for a call, a chat or a callback the wait before an advisor
 * took it; for an e-mail, a form or a message the time until the first reply was written; median and 90th percentile
 * (PostgreSQL's {@code percentile_cont}, R's quantile type 7), with the contacts still without one counted apart;</li>
 * <li><b>first-contact resolution across channels</b>, by the channel of the request's first contact: resolved then,
 * and no other contact of the request within the window <em>whatever its channel</em> (an e-mail followed by a call
 * two days later was not resolved at the first contact);</li>
 * <li><b>resolution time</b> of the requests that began on the channel and whose case is resolved: median from the
 * first contact to the case's resolution.</li>
 * </ul>
 * The channel of the filter chooses the row shown, never the contacts that count as repeats. Computed on the contacts
 * held in memory ({@link ContactsInMemory}), with the meaning the SQL of {@link ContactScope} gives the filter.
 */
@Service
public class ChannelMeasures {

	/** One channel's figures; medians are null when nothing was measured. */
	public record ChannelFigures(Channel channel, long contacts, long responded, Double firstResponseMedian, Double firstResponseP90,
			Proportion firstContactResolution, long resolvedRequests, Double resolutionMedian) {
	}

	private static final double SECONDS_PER_DAY = 86_400;

	/** What the figures are computed for: the window of first-contact resolution is the only setting they use. */
	private record Key(ContactFilter filter, double resolutionDays) {
	}

	private final ContactsInMemory contacts;
	private final FilterMemo<Key, List<ChannelFigures>> byFilter = new FilterMemo<>();

	ChannelMeasures(ContactsInMemory contacts) {
		this.contacts = contacts;
	}

	/**
	 * The figures of each channel over the contacts of {@code filter}, on the contacts held in memory; kept until
	 * those change.
	 */
	public List<ChannelFigures> of(ContactFilter filter, MeasureSettings settings) {
		return byFilter.get(contacts.version(), new Key(filter, settings.resolutionDays()),
				key -> contacts.ofSelected(filter.withoutChannel(),
						(columns, selected) -> figures(columns, selected, filter.channel(), key.resolutionDays())));
	}

	private static List<ChannelFigures> figures(ContactColumns c, boolean[] selected, Channel only, double resolutionDays) {
		int channels = Channel.values().length;
		long[] inbound = new long[channels];
		double[][] responses = valuesByChannel(c, selected, c.firstResponse, ContactFlags.INBOUND, inbound);
		double[][] resolutions = valuesByChannel(c, selected, c.resolution, ContactFlags.OPENED, null);
		long[] requests = new long[channels];
		long[] resolvedAtOnce = new long[channels];
		firstContactResolution(c, selected, resolutionDays * SECONDS_PER_DAY, requests, resolvedAtOnce);
		List<ChannelFigures> figures = new ArrayList<>();
		for (Channel channel : Channel.values()) {
			int k = channel.ordinal();
			boolean seen = inbound[k] > 0 || requests[k] > 0 || resolutions[k].length > 0;
			if (!seen || only != null && only != channel) {
				continue;
			}
			figures.add(new ChannelFigures(channel, inbound[k], responses[k].length, quantile(responses[k], 0.5),
					quantile(responses[k], 0.9), new Proportion(resolvedAtOnce[k], requests[k]), resolutions[k].length,
					quantile(resolutions[k], 0.5)));
		}
		return figures;
	}

	/**
	 * The values of {@code column} known (not NaN) for the selected rows that have {@code flag}, by channel, sorted;
	 * {@code counted}, when not null, receives how many such rows each channel has, with or without a value.
	 */
	private static double[][] valuesByChannel(ContactColumns c, boolean[] selected, double[] column, int flag, long[] counted) {
		int channels = Channel.values().length;
		int[] known = new int[channels];
		for (int row = 0; row < c.size; row++) {
			if (selected[row] && (c.flags[row] & flag) != 0) {
				if (counted != null) {
					counted[c.channel[row]]++;
				}
				known[c.channel[row]] += Double.isNaN(column[row]) ? 0 : 1;
			}
		}
		double[][] values = new double[channels][];
		for (int k = 0; k < channels; k++) {
			values[k] = new double[known[k]];
			known[k] = 0;
		}
		for (int row = 0; row < c.size; row++) {
			if (selected[row] && (c.flags[row] & flag) != 0 && !Double.isNaN(column[row])) {
				values[c.channel[row]][known[c.channel[row]]++] = column[row];
			}
		}
		for (double[] v : values) {
			Arrays.sort(v);
		}
		return values;
	}

	/**
	 * By the channel of each request's first selected contact: the requests, and those resolved then with no other
	 * selected contact of the request within the window (seconds, included), whatever its channel.
	 */
	private static void firstContactResolution(ContactColumns c, boolean[] selected, double window, long[] requests,
			long[] resolved) {
		int previous = -1;
		int first = -1;
		for (int row : c.byRequest) {
			if (!selected[row]) {
				continue;
			}
			boolean sameRequest = previous >= 0 && c.request[previous] == c.request[row];
			if (sameRequest && previous == first && c.arrived[row] - c.arrived[first] <= window) {
				// the first contact was repeated within the window: not resolved at once
				resolved[c.channel[first]] -= (c.flags[first] & ContactFlags.RESOLVED) != 0 ? 1 : 0;
			}
			if (!sameRequest) {
				first = row;
				requests[c.channel[row]]++;
				resolved[c.channel[row]] += (c.flags[row] & ContactFlags.RESOLVED) != 0 ? 1 : 0;
			}
			previous = row;
		}
	}

	/** PostgreSQL's {@code percentile_cont} (R's type 7) of sorted values; null when there are none. */
	static Double quantile(double[] sorted, double p) {
		if (sorted.length == 0) {
			return null;
		}
		double position = p * (sorted.length - 1);
		int below = (int) Math.floor(position);
		int above = Math.min(below + 1, sorted.length - 1);
		return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
	}
}
