package fr.fidele.loyalty;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import fr.fidele.contacts.Channel;
import fr.fidele.stats.measures.Proportion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
 * The channel of the filter chooses the row shown, never the contacts that count as repeats.
 */
@Service
public class ChannelMeasures {

	/** Where the first response of a written contact is its first reply; of the others, the pick-up. */
	static final String FIRST_RESPONSE_SECONDS = "case when c.channel in ('EMAIL', 'WEB_FORM', 'SOCIAL') "
			+ "then extract(epoch from c.first_response_at - c.arrived_at) "
			+ "else extract(epoch from c.answered_at - coalesce(c.queued_at, c.arrived_at)) end";

	/** One channel's figures; medians are null when nothing was measured. */
	public record ChannelFigures(Channel channel, long contacts, long responded, Double firstResponseMedian, Double firstResponseP90,
			Proportion firstContactResolution, long resolvedRequests, Double resolutionMedian) {
	}

	private final JdbcClient jdbc;

	ChannelMeasures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public List<ChannelFigures> of(ContactFilter filter, MeasureSettings settings) {
		ContactScope scope = ContactScope.of(filter.withoutChannel());
		Map<Channel, long[]> responses = new EnumMap<>(Channel.class);
		Map<Channel, Double[]> times = new EnumMap<>(Channel.class);
		jdbc.sql("""
				select c.channel, count(*), count(x.seconds), percentile_cont(0.5) within group (order by x.seconds),
				       percentile_cont(0.9) within group (order by x.seconds)
				from contact_facts c cross join lateral (select %s as seconds) x
				where c.direction = 'INBOUND' and %s group by c.channel""".formatted(FIRST_RESPONSE_SECONDS, scope.where()))
			.params(scope.params()).query(rs -> {
				Channel channel = Channel.valueOf(rs.getString(1));
				responses.put(channel, new long[] { rs.getLong(2), rs.getLong(3) });
				times.put(channel, new Double[] { (Double) rs.getObject(4), (Double) rs.getObject(5) });
			});
		Map<Channel, Proportion> resolution = new EnumMap<>(Channel.class);
		jdbc.sql("""
				select channel, count(*) filter (where resolved and (next_at is null or next_at > arrived_at + make_interval(days => :days))),
				       count(*)
				from (select c.channel, c.arrived_at, c.resolved is true as resolved, row_number() over request as nth,
				             lead(c.arrived_at) over request as next_at
				      from contact_facts c %s where %s and (%s) is not null
				      window request as (partition by %s order by c.arrived_at, c.id)) firsts
				where nth = 1 group by channel""".formatted(ContactScope.REASONS, scope.where(), ContactScope.REQUEST_KEY, ContactScope.REQUEST_KEY))
			.params(scope.params()).param("days", settings.resolutionDays())
			.query(rs -> {
				resolution.put(Channel.valueOf(rs.getString(1)), new Proportion(rs.getLong(2), rs.getLong(3)));
			});
		Map<Channel, Object[]> resolved = new EnumMap<>(Channel.class);
		jdbc.sql("""
				select c.channel, count(*), percentile_cont(0.5) within group (order by extract(epoch from k.resolved_at - c.arrived_at))
				from contact_facts c join case_facts k on k.id = c.case_id
				where c.first_of_case and k.resolved_at is not null and %s group by c.channel""".formatted(scope.where()))
			.params(scope.params()).query(rs -> {
				resolved.put(Channel.valueOf(rs.getString(1)), new Object[] { rs.getLong(2), rs.getObject(3) });
			});
		List<ChannelFigures> figures = new ArrayList<>();
		for (Channel channel : Channel.values()) {
			boolean seen = responses.containsKey(channel) || resolution.containsKey(channel) || resolved.containsKey(channel);
			if (!seen || filter.channel() != null && filter.channel() != channel) {
				continue;
			}
			long[] counts = responses.getOrDefault(channel, new long[2]);
			Double[] quantiles = times.getOrDefault(channel, new Double[2]);
			Object[] done = resolved.getOrDefault(channel, new Object[] { 0L, null });
			figures.add(new ChannelFigures(channel, counts[0], counts[1], quantiles[0], quantiles[1],
					resolution.getOrDefault(channel, new Proportion(0, 0)), (Long) done[0], (Double) done[1]));
		}
		return figures;
	}
}
