package fr.fidele.routing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

import fr.fidele.casefile.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Live figures of the queues, read from the shared state (so every instance shows the same): waiting items, the
 * longest wait, the wait a newcomer can expect ({@link WaitEstimate}), and the advisors able to serve each queue by
 * presence.
 */
@Component
public class QueueFigures {

	/** Handle times measured on fewer items than this are not trusted: the queue's default is used. */
	static final int MIN_HANDLED = 10;

	/** One queue, live. */
	public record QueueLive(RoutingQueue queue, int waiting, Duration longestWait, OptionalLong estimatedWaitSeconds,
			Map<Presence, Integer> advisors) {
	}

	/** Half the workspaces' tick: figures at most a second old. */
	static final Duration REUSE = Duration.ofSeconds(1);

	private record StaffingKey(String queue, ChannelKind kind) {
	}

	private final Recent<Boolean, List<QueueLive>> walls = new Recent<>(REUSE);
	private final Recent<StaffingKey, Staffing> staffings = new Recent<>(REUSE);
	private final Recent<String, Double> handleTimes = new Recent<>(REUSE);
	private final JdbcClient jdbc;
	private final Queues queues;
	private final RoutingWindows windows;
	private final Clock clock;

	QueueFigures(JdbcClient jdbc, Queues queues, RoutingWindows windows, Clock clock) {
		this.jdbc = jdbc;
		this.queues = queues;
		this.windows = windows;
		this.clock = clock;
	}

	/**
	 * Every queue live. Each open workspace and wall asks at each tick, so the figures are computed once per
	 * {@link #REUSE} on this instance and shared.
	 */
	public List<QueueLive> wall() {
		Instant now = clock.instant();
		return walls.get(true, now, () -> queues.active().stream().map(queue -> live(queue, now)).toList());
	}

	/**
	 * The wait expected by an item at {@code position} (1 for the first) in the queue: the position is live, the
	 * queue's staffing and handle time are those of the last second (every arrival asks, tens a second at peak).
	 */
	OptionalLong estimate(RoutingQueue queue, int position, ChannelKind kind) {
		Instant now = clock.instant();
		Staffing staffing = staffings.get(new StaffingKey(queue.code(), kind), now, () -> staffing(queue, kind, now));
		double handleSeconds = handleTimes.get(queue.code(), now, () -> handleSeconds(queue));
		return WaitEstimate.seconds(position, staffing.staffed(), staffing.free(), handleSeconds);
	}

	/** What the customer of a waiting item is told: the wait to expect, and whether a callback is offered. */
	Forecast forecast(WorkItem item) {
		RoutingQueue queue = queues.find(item.queue()).orElseThrow();
		OptionalLong wait = estimate(queue, position(item.id()), item.kind());
		boolean offerCallback = item.kind() == ChannelKind.VOICE && item.channel() != Channel.CALLBACK
				&& (wait.isEmpty() || wait.getAsLong() > queue.callbackOfferSeconds());
		return new Forecast(wait.isPresent() ? wait.getAsLong() : null, offerCallback);
	}

	/** The place of a waiting item in its queue, 1 for the first. */
	int position(long itemId) {
		return jdbc.sql("""
				select count(*) + 1 from work_item o, work_item me
				where me.id = ? and o.queue_code = me.queue_code and o.state = 'QUEUED' and o.id <> me.id
				  and (o.priority > me.priority or (o.priority = me.priority and (o.place_at, o.id) < (me.place_at, me.id)))""")
			.param(itemId).query(Integer.class).single();
	}

	private QueueLive live(RoutingQueue queue, Instant now) {
		record Waiting(int count, Instant oldest) {
		}
		Waiting waiting = jdbc.sql("select count(*), min(place_at) from work_item where queue_code = ? and state = 'QUEUED'")
			.param(queue.code()).query((rs, n) -> new Waiting(rs.getInt(1), WorkItems.instant(rs.getTimestamp(2)))).single();
		Map<Presence, Integer> advisors = new EnumMap<>(Presence.class);
		jdbc.sql("""
				select a.presence, count(*) from advisor_routing a
				join advisor_skill s on s.advisor_id = a.advisor_id and s.skill = ? and s.level >= ?
				where ?::text is null or ? = any(a.languages)
				group by a.presence""")
			.params(queue.skill(), queue.minLevel(), queue.language(), queue.language())
			.query((rs, n) -> advisors.put(Presence.valueOf(rs.getString(1)), rs.getInt(2))).list();
		Duration longest = waiting.oldest() == null ? Duration.ZERO : Duration.between(waiting.oldest(), now);
		return new QueueLive(queue, waiting.count(), longest, estimate(queue, waiting.count() + 1, ChannelKind.VOICE), advisors);
	}

	private record Staffing(int staffed, int free) {
	}

	private Staffing staffing(RoutingQueue queue, ChannelKind kind, Instant now) {
		String slots = kind.name().toLowerCase(Locale.ROOT);
		return jdbc.sql("""
				select count(*) filter (where a.presence in ('AVAILABLE', 'BUSY', 'AFTER_CONTACT_WORK')),
				    coalesce(sum(greatest(a.%1$s_slots - a.%1$s_held, 0)) filter (where a.presence = 'AVAILABLE'), 0)
				from advisor_routing a
				join advisor_skill s on s.advisor_id = a.advisor_id and s.skill = ? and s.level >= ?
				where a.last_seen_at >= ? and (?::text is null or ? = any(a.languages))""".formatted(slots))
			.params(queue.skill(), queue.minLevel(), WorkItems.ts(now.minus(windows.current().advisorTimeout())), queue.language(),
					queue.language())
			.query((rs, n) -> new Staffing(rs.getInt(1), rs.getInt(2))).single();
	}

	/** The mean handle time of the queue's last fifty items, or its default before it has handled enough. */
	private double handleSeconds(RoutingQueue queue) {
		record Handled(int count, double mean) {
		}
		Handled handled = jdbc.sql("""
				select count(*), coalesce(avg(extract(epoch from ended_at - connected_at)), 0) from (
				    select ended_at, connected_at from work_item
				    where queue_code = ? and state = 'DONE' and connected_at is not null
				    order by ended_at desc limit 50) last""")
			.param(queue.code()).query((rs, n) -> new Handled(rs.getInt(1), rs.getDouble(2))).single();
		return handled.count() >= MIN_HANDLED ? handled.mean() : queue.defaultHandleSeconds();
	}
}
