package fr.fidele.loyalty;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import fr.fidele.casefile.ContactFlags;
import fr.fidele.casefile.Channel;
import fr.fidele.casefile.ChannelValues;
import fr.fidele.casefile.ContinuousPercentile;
import fr.fidele.casefile.FirstContactResolutions;
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
 * held in memory ({@link ContactsInMemory}), with the meaning the SQL of {@link ContactScope} gives the filter; for
 * the whole service, those the Spark job counted with the same window (decision 37).
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
	/** The whole service's figures made elsewhere (the Spark job), used for their window until the next recomputation. */
	private final AtomicReference<Adopted> adopted = new AtomicReference<>();

	private record Adopted(double resolutionDays, List<ChannelFigures> figures) {
	}

	ChannelMeasures(ContactsInMemory contacts) {
		this.contacts = contacts;
	}

	/**
	 * The figures of each channel over the contacts of {@code filter}, on the contacts held in memory; kept until
	 * those change. The whole service's from the Spark job when it counted them with this window, until the next
	 * recomputation.
	 */
	public List<ChannelFigures> of(ContactFilter filter, MeasureSettings settings) {
		Adopted whole = adopted.get();
		if (whole != null && filter.isNone() && whole.resolutionDays() == settings.resolutionDays()) {
			return whole.figures();
		}
		return byFilter.get(contacts.version(), new Key(filter, settings.resolutionDays()),
				key -> contacts.ofSelected(filter.withoutChannel(),
						(columns, selected) -> figures(columns, selected, filter.channel(), key.resolutionDays())));
	}

	/**
	 * Uses {@code figures} (null: none), every channel's in their order, counted with {@code settings}, for the whole
	 * service from now on.
	 */
	void adopt(MeasureSettings settings, List<ChannelFigures> figures) {
		adopted.set(figures == null ? null : new Adopted(settings.resolutionDays(), shown(figures, null)));
	}

	private static List<ChannelFigures> figures(ContactColumns c, boolean[] selected, Channel only, double resolutionDays) {
		int channels = Channel.values().length;
		long[] inbound = new long[channels];
		double[][] responses = ChannelValues.of(c.size, c.channel, c.flags, c.firstResponse, ContactFlags.INBOUND, selected, inbound);
		double[][] resolutions = ChannelValues.of(c.size, c.channel, c.flags, c.resolution, ContactFlags.OPENED, selected, null);
		long[] requests = new long[channels];
		long[] resolvedAtOnce = new long[channels];
		FirstContactResolutions.count(c.byRequest, selected, c.request, c.arrived, c.channel, c.flags,
				resolutionDays * SECONDS_PER_DAY, requests, resolvedAtOnce);
		List<ChannelFigures> figures = new ArrayList<>();
		for (Channel channel : Channel.values()) {
			int k = channel.ordinal();
			figures.add(new ChannelFigures(channel, inbound[k], responses[k].length, ContinuousPercentile.of(responses[k], 0.5),
					ContinuousPercentile.of(responses[k], 0.9), new Proportion(resolvedAtOnce[k], requests[k]), resolutions[k].length,
					ContinuousPercentile.of(resolutions[k], 0.5)));
		}
		return shown(figures, only);
	}

	/** The channels shown of {@code all}: those with contacts, requests or resolutions, {@code only} that one if set. */
	private static List<ChannelFigures> shown(List<ChannelFigures> all, Channel only) {
		return all.stream()
			.filter(f -> f.contacts() > 0 || f.firstContactResolution().denominator() > 0 || f.resolvedRequests() > 0)
			.filter(f -> only == null || only == f.channel())
			.toList();
	}
}
