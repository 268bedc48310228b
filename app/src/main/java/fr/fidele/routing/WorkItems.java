package fr.fidele.routing;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.fidele.casefile.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Where work items, offers and advisors' routing state are kept. Callers hold the transaction. */
@Repository
class WorkItems {

	private static final String COLUMNS = """
			id, channel, queue_code, priority, place_at, state, contact_id, customer_id, language, advisor_id, offered_at,
			queued_at, target_advisor_id, transfer_note, identity_verified_by, callback_number, arrived_at, verified_by_channel""";

	/**
	 * Available advisors alive among those given, locked (those another instance is assigning to are skipped), with
	 * their slots left per kind of channel (the held items are counted on their row as they change, see migration
	 * V10) and their levels in the skills asked for. A row locked is read as last committed, so work another instance
	 * offered them meanwhile counts against their slots.
	 */
	private static final String LOCK_FREE_ADVISORS = """
			select a.advisor_id, a.languages, a.idle_since, a.voice_slots - a.voice_held as voice,
			    a.chat_slots - a.chat_held as chat, a.written_slots - a.written_held as written, s.skills
			from advisor_routing a
			left join lateral (select array_agg(k.skill || ':' || k.level) as skills from advisor_skill k
			           where k.advisor_id = a.advisor_id and k.skill = any(:skills)) s on true
			where a.advisor_id = any(:advisors) and a.presence = 'AVAILABLE' and a.last_seen_at >= :alive
			order by a.advisor_id for update of a skip locked""";

	private final JdbcClient jdbc;

	WorkItems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A new item, waiting in its queue: its place is when it arrived (the switch's clock for a call), its wait for
	 * an offer is counted from when Fidèle queued it ({@code queuedAt}).
	 */
	long insert(Channel channel, String queue, int priority, long contactId, Long customerId, String language,
			Long preferredAdvisor, Instant preferredUntil, String callbackNumber, Instant at, Instant queuedAt) {
		return jdbc.sql("""
				insert into work_item (channel, queue_code, priority, place_at, state, contact_id, customer_id, language,
				    preferred_advisor_id, preferred_until, callback_number, arrived_at, queued_at)
				values (?, ?, ?, ?, 'QUEUED', ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(channel.name(), queue, priority, ts(at), contactId, customerId, language, preferredAdvisor, ts(preferredUntil),
					callbackNumber, ts(at), ts(queuedAt))
			.query(Long.class).single();
	}

	Optional<WorkItem> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from work_item where id = ?").param(id).query(WorkItems::map).optional();
	}

	/** The item, locked for a change; waits for a concurrent change of the same item to finish. */
	Optional<WorkItem> lock(long id) {
		return jdbc.sql("select " + COLUMNS + " from work_item where id = ? for update").param(id).query(WorkItems::map).optional();
	}

	/** The items an advisor holds (offered, in conversation, being wrapped up), oldest offer first. */
	List<WorkItem> heldBy(long advisorId) {
		return jdbc.sql("select " + COLUMNS + " from work_item where advisor_id = ? and state in ('OFFERED', 'CONNECTED', 'WRAP_UP') order by offered_at, id")
			.param(advisorId).query(WorkItems::map).list();
	}

	/**
	 * The oldest waiting items of the highest priority after {@code after} (null: from the head of the queues),
	 * locked; items another instance is assigning are skipped.
	 */
	List<WaitingItem> lockWaiting(int limit, WaitingItem after) {
		return jdbc.sql("""
				select w.id, w.channel, w.priority, w.place_at, w.language, q.skill, q.min_level,
				    w.preferred_advisor_id, w.preferred_until, w.target_advisor_id
				from work_item w join routing_queue q on q.code = w.queue_code
				where w.state = 'QUEUED' and (:after::bigint is null or (-w.priority, w.place_at, w.id) > (-:priority, :place, :after))
				order by w.priority desc, w.place_at, w.id
				limit :limit
				for update of w skip locked""")
			.param("after", after == null ? null : after.id()).param("priority", after == null ? 0 : after.priority())
			.param("place", after == null ? null : ts(after.placeAt())).param("limit", limit)
			.query((rs, n) -> new WaitingItem(rs.getLong(1), ChannelKind.of(Channel.valueOf(rs.getString(2))), rs.getInt(3),
					instant(rs.getTimestamp(4)), rs.getString(5), rs.getString(6), rs.getInt(7), (Long) rs.getObject(8),
					instant(rs.getTimestamp(9)), (Long) rs.getObject(10)))
			.list();
	}

	List<FreeAdvisor> lockFreeAdvisors(Collection<Long> advisorIds, Instant aliveSince, List<WaitingItem> items) {
		return jdbc.sql(LOCK_FREE_ADVISORS).param("alive", ts(aliveSince)).param("skills", skillsOf(items))
			.param("advisors", advisorIds.toArray(Long[]::new)).query(WorkItems::freeAdvisor).list();
	}

	private static String[] skillsOf(List<WaitingItem> items) {
		return items.stream().map(WaitingItem::skill).distinct().toArray(String[]::new);
	}

	/**
	 * Offers the items to the advisors, and logs each offer with how long its item had waited until the offer was
	 * written (the database's clock, which is the machine's, like the application's that stamped the arrival).
	 */
	void offer(List<AssignmentPlanner.Offer> offers, Instant at, String instance) {
		Long[] items = offers.stream().map(AssignmentPlanner.Offer::itemId).toArray(Long[]::new);
		Long[] advisors = offers.stream().map(AssignmentPlanner.Offer::advisorId).toArray(Long[]::new);
		jdbc.sql("""
				with chosen (item, advisor) as (select * from unnest(?::bigint[], ?::bigint[])),
				offered as (
				    update work_item w set state = 'OFFERED', advisor_id = chosen.advisor, offered_at = ?, preferred_until = null,
				        version = version + 1
				    from chosen where w.id = chosen.item
				    returning w.id, w.advisor_id, w.queued_at)
				insert into work_offer (work_item_id, advisor_id, offered_at, waited_ms, instance)
				select id, advisor_id, clock_timestamp(), extract(epoch from clock_timestamp() - queued_at) * 1000, ? from offered""")
			.params(items, advisors, ts(at), instance)
			.update();
		jdbc.sql("update advisor_routing set idle_since = ? where advisor_id = any(?)").params(ts(at), advisors).update();
	}

	/** Closes the item's open offer with how it ended. */
	void closeOffer(long itemId, Instant at, String outcome) {
		jdbc.sql("update work_offer set ended_at = ?, outcome = ? where work_item_id = ? and ended_at is null")
			.params(ts(at), outcome, itemId).update();
	}

	/** Back to waiting, at its place: in {@code queue}, for anyone or for {@code target} only. */
	void requeue(long itemId, String queue, Long target, String transferNote, Instant at) {
		jdbc.sql("""
				update work_item set state = 'QUEUED', advisor_id = null, offered_at = null, connected_at = null, ended_at = null,
				    queue_code = ?, target_advisor_id = ?, transfer_note = coalesce(?, transfer_note), queued_at = ?,
				    notes_draft = null, version = version + 1
				where id = ?""")
			.params(queue, target, transferNote, ts(at), itemId).update();
	}

	/**
	 * Ends the item's offer or conversation with {@code outcome} and puts it back in its queue, at its place, for
	 * anyone: a named advisor who declined, did not answer or vanished is not waited for again.
	 */
	void giveBack(WorkItem item, String outcome, Instant at) {
		closeOffer(item.id(), at, outcome);
		requeue(item.id(), item.queue(), null, null, item.queuedAt());
	}

	/** The offers still open to an advisor, locked; one another change holds is skipped (see AdvisorDesk.presence). */
	List<WorkItem> lockOffersTo(long advisorId) {
		return jdbc.sql("select " + COLUMNS + " from work_item where advisor_id = ? and state = 'OFFERED' order by id for update skip locked")
			.param(advisorId).query(WorkItems::map).list();
	}

	void connect(long itemId, long advisorId, Instant at) {
		jdbc.sql("""
				update work_item set state = 'CONNECTED', advisor_id = ?, connected_at = ?, target_advisor_id = null,
				    version = version + 1
				where id = ?""")
			.params(advisorId, ts(at), itemId).update();
	}

	void changeState(long itemId, ItemState state, Instant at) {
		jdbc.sql("""
				update work_item set state = :state, ended_at = case when :state in ('DONE', 'ABANDONED') then :at else ended_at end,
				    notes_draft = case when :state in ('DONE', 'ABANDONED') then null else notes_draft end, version = version + 1
				where id = :item""")
			.param("state", state.name()).param("at", ts(at)).param("item", itemId).update();
	}

	void identified(long contactId, long customerId) {
		jdbc.sql("update work_item set customer_id = ?, version = version + 1 where contact_id = ? and customer_id is null")
			.params(customerId, contactId).update();
	}

	void identityVerified(long itemId, long advisorId) {
		jdbc.sql("update work_item set identity_verified_by = ?, version = version + 1 where id = ?").params(advisorId, itemId).update();
	}

	void verifiedByChannel(long itemId) {
		jdbc.sql("update work_item set verified_by_channel = true, version = version + 1 where id = ?").param(itemId).update();
	}

	/** Turns a waiting call into a callback: same place, a new contact, the number to call. */
	void becomeCallback(long itemId, long contactId, String number) {
		jdbc.sql("""
				update work_item set channel = 'CALLBACK', contact_id = ?, callback_number = ?, version = version + 1
				where id = ?""")
			.params(contactId, number, itemId).update();
	}

	/**
	 * Offers to return, locked: those made before {@code offeredBefore} and not accepted, and those to an advisor who
	 * has left (away or offline: an offer a concurrent change kept them from handing back when they left).
	 */
	List<WorkItem> lockOffersToReturn(Instant offeredBefore) {
		return jdbc.sql("select " + COLUMNS + """
				 from work_item w
				where state = 'OFFERED' and (offered_at < ? or exists (select 1 from advisor_routing a
				    where a.advisor_id = w.advisor_id and a.presence in ('AWAY', 'OFFLINE')))
				order by advisor_id, id for update skip locked""")
			.param(ts(offeredBefore)).query(WorkItems::map).list();
	}

	/**
	 * Items offered to or in conversation with advisors not seen since {@code seenBefore}, locked for their return. A
	 * phone call in conversation stays: the customer is still talking with the advisor on the switch, which reports
	 * its end.
	 */
	List<WorkItem> lockItemsOfVanishedAdvisors(Instant seenBefore) {
		return jdbc.sql("select " + COLUMNS + """
				 from work_item w
				where (state = 'OFFERED' or (state = 'CONNECTED' and channel <> 'PHONE')) and exists (select 1 from advisor_routing a
				    where a.advisor_id = w.advisor_id and (a.last_seen_at is null or a.last_seen_at < ?))
				order by advisor_id, id for update skip locked""")
			.param(ts(seenBefore)).query(WorkItems::map).list();
	}

	static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	static WorkItem map(ResultSet rs, int n) throws SQLException {
		return new WorkItem(rs.getLong("id"), Channel.valueOf(rs.getString("channel")), rs.getString("queue_code"),
				rs.getInt("priority"), instant(rs.getTimestamp("place_at")), ItemState.valueOf(rs.getString("state")),
				rs.getLong("contact_id"), (Long) rs.getObject("customer_id"), rs.getString("language"),
				(Long) rs.getObject("advisor_id"), instant(rs.getTimestamp("offered_at")), instant(rs.getTimestamp("queued_at")),
				(Long) rs.getObject("target_advisor_id"), rs.getString("transfer_note"), (Long) rs.getObject("identity_verified_by"),
				rs.getString("callback_number"), instant(rs.getTimestamp("arrived_at")), rs.getBoolean("verified_by_channel"));
	}

	private static FreeAdvisor freeAdvisor(ResultSet rs, int n) throws SQLException {
		return new FreeAdvisor(rs.getLong("advisor_id"), Set.copyOf(strings(rs.getArray("languages"))), skills(rs.getArray("skills")),
				freeSlots(rs), instant(rs.getTimestamp("idle_since")));
	}

	/** Free slots per kind of channel, from the columns {@code voice}, {@code chat} and {@code written}. */
	static Map<ChannelKind, Integer> freeSlots(ResultSet rs) throws SQLException {
		Map<ChannelKind, Integer> free = new EnumMap<>(ChannelKind.class);
		free.put(ChannelKind.VOICE, rs.getInt("voice"));
		free.put(ChannelKind.CHAT, rs.getInt("chat"));
		free.put(ChannelKind.WRITTEN, rs.getInt("written"));
		return free;
	}

	/** Skills as aggregated by the queries: {@code skill:level} strings. */
	static Map<String, Integer> skills(Array array) throws SQLException {
		Map<String, Integer> skills = new HashMap<>();
		for (String skill : strings(array)) {
			int colon = skill.lastIndexOf(':');
			skills.put(skill.substring(0, colon), Integer.parseInt(skill.substring(colon + 1)));
		}
		return skills;
	}

	static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}
}
