package fr.fidele.routing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import fr.fidele.accounts.Role;
import fr.fidele.accounts.Users;
import fr.fidele.platform.ConflictException;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a supervisor does on the live wall: move a waiting item to another queue or to a named advisor (it keeps
 * its place), and move an advisor onto a queue (they get the queue's skill at its level and its language).
 */
@Service
public class Supervision {

	/** A waiting or offered item as the wall lists it. */
	public record WaitingRow(long id, String queue, String channel, Instant placeAt, String state, String advisor, String customer) {
	}

	/** An advisor on the wall: presence and how many items they hold. */
	public record AdvisorRow(long id, String username, String displayName, Presence presence, Instant since, PresenceCause cause,
			int held, Map<String, Integer> skills) {
	}

	private final WorkItems items;
	private final AdvisorStates advisors;
	private final Queues queues;
	private final Users users;
	private final RoutingEngine engine;
	private final RoutingSignals signals;
	private final JdbcClient jdbc;
	private final Clock clock;

	Supervision(WorkItems items, AdvisorStates advisors, Queues queues, Users users, RoutingEngine engine,
			RoutingSignals signals, JdbcClient jdbc, Clock clock) {
		this.items = items;
		this.advisors = advisors;
		this.queues = queues;
		this.users = users;
		this.engine = engine;
		this.signals = signals;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public void moveItem(long itemId, String queue, String advisor) {
		if ((queue == null) == (advisor == null)) {
			throw new InvalidFieldException("queue", "queueOrAdvisor");
		}
		WorkItem item = items.lock(itemId).orElseThrow(() -> new NotFoundException("work item", itemId));
		if (item.state() != ItemState.QUEUED && item.state() != ItemState.OFFERED) {
			throw new ConflictException("notMovable", itemId);
		}
		String target = queue == null ? item.queue()
				: queues.find(queue).orElseThrow(() -> new InvalidFieldException("queue", "unknownQueue", queue)).code();
		Long targetAdvisor = advisor == null ? null
				: users.findByUsername(advisor).filter(user -> user.roles().contains(Role.ADVISOR) || user.roles().contains(Role.SUPERVISOR))
					.orElseThrow(() -> new InvalidFieldException("advisor", "unknownAdvisor", advisor)).id();
		Instant now = clock.instant();
		if (item.state() == ItemState.OFFERED) {
			items.closeOffer(itemId, now, "MOVED");
			signals.offersChanged(Set.of(item.advisorId()));
		}
		items.requeue(itemId, target, targetAdvisor, null, item.queuedAt());
		RoutingSignals.afterCommit(engine::kick);
	}

	/** The advisor starts serving the queue: its skill at its level at least, and its language. */
	@Transactional
	public void moveAdvisor(long advisorId, String queueCode) {
		RoutingQueue queue = queues.find(queueCode).orElseThrow(() -> new InvalidFieldException("queue", "unknownQueue", queueCode));
		users.findById(advisorId).orElseThrow(() -> new InvalidFieldException("advisor", "unknownAdvisor", advisorId));
		advisors.grantSkill(advisorId, queue.skill(), queue.minLevel());
		if (queue.language() != null) {
			advisors.addLanguage(advisorId, queue.language());
		}
		RoutingSignals.afterCommit(engine::kick);
	}

	/** The items waiting or offered, oldest first. */
	public List<WaitingRow> waiting(int limit) {
		return jdbc.sql("""
				select w.id, w.queue_code, w.channel, w.place_at, w.state, u.display_name, c.display_name
				from work_item w left join user_facts u on u.id = w.advisor_id left join customer_facts c on c.id = w.customer_id
				where w.state in ('QUEUED', 'OFFERED') order by w.priority desc, w.place_at, w.id limit ?""")
			.param(limit)
			.query((rs, n) -> new WaitingRow(rs.getLong(1), rs.getString(2), rs.getString(3), WorkItems.instant(rs.getTimestamp(4)),
					rs.getString(5), rs.getString(6), rs.getString(7)))
			.list();
	}

	/** A live conversation (a chat, a messaging thread) an advisor holds now. */
	public record LiveRow(long id, String queue, String channel, Instant connectedAt, String state, String advisor, String customer,
			boolean verified) {
	}

	/** The chats and messaging conversations advisors hold now, the longest-running first. */
	public List<LiveRow> liveConversations(int limit) {
		return jdbc.sql("""
				select w.id, w.queue_code, w.channel, w.connected_at, w.state, u.display_name, c.display_name,
				       w.verified_by_channel or w.identity_verified_by is not null
				from work_item w left join user_facts u on u.id = w.advisor_id left join customer_facts c on c.id = w.customer_id
				where w.state in ('CONNECTED', 'WRAP_UP') and w.channel in ('CHAT', 'SOCIAL') and w.advisor_id is not null
				order by w.connected_at, w.id limit ?""")
			.param(limit)
			.query((rs, n) -> new LiveRow(rs.getLong(1), rs.getString(2), rs.getString(3), WorkItems.instant(rs.getTimestamp(4)),
					rs.getString(5), rs.getString(6), rs.getString(7), rs.getBoolean(8)))
			.list();
	}

	/** Advisors with a routing state, by presence then name. */
	public List<AdvisorRow> advisors() {
		return jdbc.sql("""
				select a.advisor_id, u.username, u.display_name, a.presence, a.presence_since, a.presence_cause,
				    a.voice_held + a.chat_held + a.written_held,
				    (select array_agg(s.skill || ':' || s.level order by s.skill) from advisor_skill s where s.advisor_id = a.advisor_id)
				from advisor_routing a join user_facts u on u.id = a.advisor_id
				order by a.presence, u.display_name""")
			.query((rs, n) -> new AdvisorRow(rs.getLong(1), rs.getString(2), rs.getString(3), Presence.valueOf(rs.getString(4)),
					WorkItems.instant(rs.getTimestamp(5)), rs.getString(6) == null ? null : PresenceCause.valueOf(rs.getString(6)), rs.getInt(7),
					new TreeMap<>(WorkItems.skills(rs.getArray(8)))))
			.list();
	}
}
