package fr.fidele.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Advisors' routing state: presence, languages, slots, skills and last sign of life. */
@Repository
class AdvisorStates {

	/** How often this instance reads the advisors' profiles again: a change made on another instance shows then. */
	static final long PROFILES_REFRESH_MILLIS = 5_000;

	/** An advisor's languages and skills by level: what queues are matched against, and seldom changed. */
	record Profile(Set<String> languages, Map<String, Integer> skills) {
	}

	/** The profiles as last read; null once a change made here asks for a new read. */
	private volatile Map<Long, Profile> profiles;
	/** Counts the changes made here, so that a read a change overtook is not kept. Guarded by {@code this}. */
	private long profileChanges;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	/** A sixth of the advisor timeout, 5 s at the most: far under it and under the heartbeat (10 s). */
	private final Duration signOfLifeResolution;

	AdvisorStates(JdbcClient jdbc, ApplicationEventPublisher events, RoutingProperties properties) {
		this.jdbc = jdbc;
		this.events = events;
		Duration sixth = properties.advisorTimeout().dividedBy(6);
		this.signOfLifeResolution = sixth.compareTo(Duration.ofSeconds(5)) < 0 ? sixth : Duration.ofSeconds(5);
	}

	/** Sets the presence (the advisor's own choice); becoming available starts the idle time and counts as a sign of life. */
	void setPresence(long advisorId, Presence presence, Instant at) {
		Presence before = presence(advisorId).orElse(Presence.OFFLINE);
		jdbc.sql("""
				insert into advisor_routing (advisor_id, presence, presence_since, last_seen_at, idle_since, presence_cause)
				values (:advisor, :presence, :at, :at, :at, :cause)
				on conflict (advisor_id) do update set presence = excluded.presence, presence_cause = excluded.presence_cause,
				    presence_since = case when advisor_routing.presence = excluded.presence then advisor_routing.presence_since else excluded.presence_since end,
				    last_seen_at = excluded.last_seen_at,
				    idle_since = case when excluded.presence = 'AVAILABLE' and advisor_routing.presence <> 'AVAILABLE'
				        then excluded.idle_since else advisor_routing.idle_since end""")
			.param("advisor", advisorId).param("presence", presence.name()).param("at", WorkItems.ts(at)).param("cause", PresenceCause.ADVISOR.name())
			.update();
		if (before != presence) {
			events.publishEvent(new AdvisorStatusChanged(advisorId, before, presence, PresenceCause.ADVISOR));
		}
	}

	/**
	 * Moves the presence from one state to another only when it is in that state (BUSY back to AVAILABLE, say), because
	 * of {@code cause}.
	 */
	void changePresence(long advisorId, Presence from, Presence to, Instant at, PresenceCause cause) {
		int changed = jdbc.sql("""
				update advisor_routing set presence = ?, presence_since = ?, presence_cause = ?,
				    idle_since = case when ? = 'AVAILABLE' then ? else idle_since end
				where advisor_id = ? and presence = ?""")
			.params(to.name(), WorkItems.ts(at), cause.name(), to.name(), WorkItems.ts(at), advisorId, from.name()).update();
		if (changed > 0) {
			events.publishEvent(new AdvisorStatusChanged(advisorId, from, to, cause));
		}
	}

	Optional<PresenceState> state(long advisorId) {
		return jdbc.sql("select presence, presence_since, presence_cause from advisor_routing where advisor_id = ?").param(advisorId)
			.query((rs, n) -> new PresenceState(Presence.valueOf(rs.getString(1)), WorkItems.instant(rs.getTimestamp(2)),
					rs.getString(3) == null ? null : PresenceCause.valueOf(rs.getString(3))))
			.optional();
	}

	Optional<Presence> presence(long advisorId) {
		return jdbc.sql("select presence from advisor_routing where advisor_id = ?").param(advisorId)
			.query((rs, n) -> Presence.valueOf(rs.getString(1))).optional();
	}

	/**
	 * A sign of life from these advisors' workspaces. A sign soon after the last one (see
	 * {@code signOfLifeResolution}) is not written: the advisor's row is then neither rewritten nor locked against a
	 * round for nothing.
	 */
	void seen(Collection<Long> advisorIds, Instant at) {
		if (!advisorIds.isEmpty()) {
			jdbc.sql("""
					update advisor_routing set last_seen_at = ? where advisor_id in (
					    select advisor_id from advisor_routing where advisor_id = any(?) and (last_seen_at is null or last_seen_at < ?)
					    order by advisor_id for update)""")
				.params(WorkItems.ts(at), advisorIds.toArray(Long[]::new), WorkItems.ts(at.minus(signOfLifeResolution)))
				.update();
		}
	}

	/**
	 * Advisors not seen since {@code before} who are not offline or still hold items become offline; their rows are
	 * locked in one order (as every statement locking several advisors does), before their items are given back.
	 */
	void setVanishedOffline(Instant before, Instant at) {
		jdbc.sql("""
				with vanished as (
				    select advisor_id, presence from advisor_routing
				    where (last_seen_at is null or last_seen_at < :before) and (presence <> 'OFFLINE' or voice_held + chat_held + written_held > 0)
				    order by advisor_id for update)
				update advisor_routing a set presence = 'OFFLINE',
				    presence_since = case when a.presence = 'OFFLINE' then a.presence_since else :at end,
				    presence_cause = case when a.presence = 'OFFLINE' then a.presence_cause else :cause end
				from vanished v where a.advisor_id = v.advisor_id
				returning a.advisor_id, v.presence""")
			.param("before", WorkItems.ts(before)).param("at", WorkItems.ts(at)).param("cause", PresenceCause.NO_SIGN_OF_LIFE.name())
			.query((rs, n) -> new AdvisorStatusChanged(rs.getLong(1), Presence.valueOf(rs.getString(2)), Presence.OFFLINE, PresenceCause.NO_SIGN_OF_LIFE))
			.list().stream().filter(changed -> changed.from() != Presence.OFFLINE).forEach(events::publishEvent);
	}

	/** Gives the skill at this level at least (an advisor's higher level is kept). */
	void grantSkill(long advisorId, String skill, int level) {
		jdbc.sql("""
				insert into advisor_skill (advisor_id, skill, level) values (?, ?, ?)
				on conflict (advisor_id, skill) do update set level = greatest(advisor_skill.level, excluded.level)""")
			.params(advisorId, skill, level).update();
		RoutingSignals.afterCommit(this::forgetProfiles);
	}

	/** Replaces the advisor's skills and languages (an administrator's decision); the next assignment round sees them. */
	void replaceProfile(long advisorId, Map<String, Integer> skills, List<String> languages) {
		// the advisor's row first, then their skills: the order an assignment round locks them in (no deadlock with it)
		jdbc.sql("""
				insert into advisor_routing (advisor_id, languages) values (?, ?::text[])
				on conflict (advisor_id) do update set languages = excluded.languages""")
			.params(advisorId, "{" + String.join(",", languages) + "}").update();
		jdbc.sql("delete from advisor_skill where advisor_id = ?").param(advisorId).update();
		skills.forEach((skill, level) -> grantSkill(advisorId, skill, level));
		RoutingSignals.afterCommit(this::forgetProfiles);
	}

	/** The advisor's skills with their levels, and the languages they serve in. */
	Map<String, Integer> skillsOf(long advisorId) {
		Map<String, Integer> skills = new TreeMap<>();
		jdbc.sql("select skill, level from advisor_skill where advisor_id = ?").param(advisorId)
			.query(rs -> {
				skills.put(rs.getString(1), rs.getInt(2));
			});
		return skills;
	}

	List<String> languagesOf(long advisorId) {
		return jdbc.sql("select unnest(languages) from advisor_routing where advisor_id = ? order by 1").param(advisorId)
			.query(String.class).list();
	}

	/** Adds a language the advisor serves in. */
	void addLanguage(long advisorId, String language) {
		jdbc.sql("""
				insert into advisor_routing (advisor_id, languages) values (?, array[?])
				on conflict (advisor_id) do update
				set languages = array(select distinct unnest(advisor_routing.languages || excluded.languages))""")
			.params(advisorId, language).update();
		RoutingSignals.afterCommit(this::forgetProfiles);
	}

	/**
	 * Available advisors seen alive since {@code aliveSince}, with their free slots as read now and their profile as
	 * read at most {@link #PROFILES_REFRESH_MILLIS} ago: what an assignment round drafts its plan on, hundreds of
	 * advisors a few times a second. Skills and languages are only ever added, so an old profile can leave an advisor
	 * out of a draft for a few seconds, never give them work they may not take; the plan kept is made again on the
	 * chosen advisors read whole under their locks.
	 */
	List<FreeAdvisor> free(Instant aliveSince) {
		record Free(long id, Map<ChannelKind, Integer> slots, Instant idleSince) {
		}
		List<Free> free = jdbc.sql("""
				select advisor_id, idle_since, voice_slots - voice_held as voice, chat_slots - chat_held as chat,
				    written_slots - written_held as written
				from advisor_routing where presence = 'AVAILABLE' and last_seen_at >= ?""")
			.param(WorkItems.ts(aliveSince))
			.query((rs, n) -> new Free(rs.getLong("advisor_id"), WorkItems.freeSlots(rs), WorkItems.instant(rs.getTimestamp("idle_since"))))
			.list();
		Map<Long, Profile> byAdvisor = profiles(free.stream().map(Free::id).toList());
		return free.stream().filter(advisor -> byAdvisor.containsKey(advisor.id())).map(advisor -> {
			Profile profile = byAdvisor.get(advisor.id());
			return new FreeAdvisor(advisor.id(), profile.languages(), profile.skills(), advisor.slots(), advisor.idleSince());
		}).toList();
	}

	/** The profiles as last read, read at once when one of {@code needed} is missing or after a change made here. */
	private Map<Long, Profile> profiles(Collection<Long> needed) {
		Map<Long, Profile> last = profiles;
		return last != null && last.keySet().containsAll(needed) ? last : readProfiles();
	}

	/**
	 * Reads every advisor's profile; done every {@link #PROFILES_REFRESH_MILLIS} apart from the rounds, so as not to
	 * slow one. A read that a change made here overtook is returned but not kept.
	 */
	Map<Long, Profile> readProfiles() {
		long changesBefore;
		synchronized (this) {
			changesBefore = profileChanges;
		}
		Map<Long, Profile> read = new HashMap<>();
		jdbc.sql("""
				select a.advisor_id, a.languages, s.skills from advisor_routing a
				left join (select advisor_id, array_agg(skill || ':' || level) as skills from advisor_skill group by advisor_id) s
				    on s.advisor_id = a.advisor_id""")
			.query(rs -> {
				read.put(rs.getLong("advisor_id"), new Profile(Set.copyOf(WorkItems.strings(rs.getArray("languages"))),
						WorkItems.skills(rs.getArray("skills"))));
			});
		synchronized (this) {
			if (profileChanges == changesBefore) {
				profiles = read;
			}
		}
		return read;
	}

	/** A profile changed here, now committed: the next round reads them all again. */
	private synchronized void forgetProfiles() {
		profileChanges++;
		profiles = null;
	}
}
