package fr.fidele.mystery;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import fr.fidele.accounts.Role;
import fr.fidele.accounts.SignedInUser;
import fr.fidele.accounts.Users;
import fr.fidele.casefile.Channel;
import fr.fidele.platform.RequiredText;
import fr.fidele.platform.ConflictException;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.NotFoundException;
import fr.fidele.quality.Answer;
import fr.fidele.quality.EvaluationScore;
import fr.fidele.quality.Grids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shoppers' assignments and the visits they report. A shopper sees and reports only their own assignments — to
 * them another's does not exist — and reports each once, scored with its campaign's grid.
 */
@Service
public class Assignments {

	static final int EVIDENCE_LENGTH = 4000;
	private static final String SELECT = """
			select a.*, s.campaign_id, s.title, s.situation, s.channel as scenario_channel, s.ask, s.good, c.name as competitor_name
			from mystery_assignment a join mystery_scenario s on s.id = a.scenario_id left join mystery_competitor c on c.id = a.competitor_id""";

	private final JdbcClient jdbc;
	private final Campaigns campaigns;
	private final Grids grids;
	private final Users users;
	private final Clock clock;

	Assignments(JdbcClient jdbc, Campaigns campaigns, Grids grids, Users users, Clock clock) {
		this.jdbc = jdbc;
		this.campaigns = campaigns;
		this.grids = grids;
		this.users = users;
		this.clock = clock;
	}

	/** Gives a shopper a scenario to play in a wave, against the company (no competitor) or a competitor. */
	@Transactional
	public Assignment assign(Long scenarioId, Integer wave, Long shopperId, Long competitorId, LocalDate dueOn) {
		if (scenarioId == null) {
			throw new InvalidFieldException("scenarioId", "required");
		}
		campaigns.scenario(scenarioId);
		if (wave == null || wave < 1) {
			throw new InvalidFieldException("wave", "between", 1, Integer.MAX_VALUE);
		}
		if (shopperId == null || users.findById(shopperId).filter(u -> u.roles().contains(Role.SHOPPER)).isEmpty()) {
			throw new InvalidFieldException("shopperId", "notAShopper", shopperId);
		}
		if (competitorId != null && campaigns.competitors().stream().noneMatch(c -> c.id() == competitorId)) {
			throw new InvalidFieldException("competitorId", "unknownValue", competitorId);
		}
		if (dueOn == null) {
			throw new InvalidFieldException("dueOn", "required");
		}
		long id = jdbc.sql("insert into mystery_assignment (scenario_id, wave, shopper_id, competitor_id, due_on) values (?, ?, ?, ?, ?) returning id")
			.params(scenarioId, wave, shopperId, competitorId, Date.valueOf(dueOn)).query(Long.class).single();
		return get(id);
	}

	/** A shopper's assignments, those to do first. */
	public List<Assignment> of(long shopperId) {
		return jdbc.sql(SELECT + " where a.shopper_id = ? order by a.reported_at nulls first, a.due_on, a.id").param(shopperId)
			.query(this::assignment).list();
	}

	/** Every assignment of a campaign, by wave. */
	public List<Assignment> ofCampaign(long campaignId) {
		return jdbc.sql(SELECT + " where s.campaign_id = ? order by a.wave, a.id").param(campaignId).query(this::assignment).list();
	}

	/** The assignment, if {@code reader} may see it: its shopper, or the company's people who run campaigns. */
	public Assignment readable(long id, SignedInUser reader) {
		Assignment assignment = get(id);
		boolean staff = reader.roles().stream().anyMatch(role -> role != Role.SHOPPER);
		if (!staff && assignment.shopperId() != reader.id()) {
			throw new NotFoundException("assignment", id);
		}
		return assignment;
	}

	/** The shopper reports their visit, once, scored with the campaign's grid. */
	@Transactional
	public Assignment report(long id, SignedInUser shopper, Visit visit) {
		Assignment assignment = get(id);
		if (assignment.shopperId() != shopper.id()) {
			throw new NotFoundException("assignment", id);
		}
		if (assignment.reported()) {
			throw new ConflictException("visitAlreadyReported");
		}
		Instant now = clock.instant();
		if (visit.visitedAt() == null || visit.visitedAt().isAfter(now)) {
			throw new InvalidFieldException("visitedAt", "notInTheFuture");
		}
		if (visit.channel() == null || visit.channel() == Channel.SELF_SERVICE) {
			throw new InvalidFieldException("channel", "required");
		}
		RequiredText.check("evidence", visit.evidence(), EVIDENCE_LENGTH);
		List<Answer> answers = visit.answers();
		EvaluationScore score = grids.score(campaigns.get(assignment.scenario().campaignId()).gridId(), answers);
		int reported = jdbc.sql("""
				update mystery_assignment set visited_at = ?, channel = ?, evidence = ?, score = ?, critical_failed = ?, reported_at = ?
				where id = ? and reported_at is null""")
			.params(Timestamp.from(visit.visitedAt()), visit.channel().name(), Campaigns.clean(visit.evidence()), score.percent(), score.criticalFailed(),
					Timestamp.from(now), id)
			.update();
		if (reported == 0) {
			// the same visit sent twice at once: the first is kept
			throw new ConflictException("visitAlreadyReported");
		}
		for (Answer answer : answers) {
			jdbc.sql("insert into mystery_answer (assignment_id, position, value, comment) values (?, ?, ?, ?)")
				.params(id, answer.position(), answer.value(), answer.comment() == null || answer.comment().isBlank() ? null : Campaigns.clean(answer.comment()))
				.update();
		}
		return get(id);
	}

	Assignment get(long id) {
		return jdbc.sql(SELECT + " where a.id = ?").param(id).query(this::assignment).optional().orElseThrow(() -> new NotFoundException("assignment", id));
	}

	private Assignment assignment(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		List<Answer> answers = jdbc.sql("select position, value, comment from mystery_answer where assignment_id = ? order by position").param(id)
			.query((a, n) -> new Answer(a.getInt(1), (Integer) a.getObject(2), a.getString(3))).list();
		Scenario scenario = new Scenario(rs.getLong("scenario_id"), rs.getLong("campaign_id"), rs.getString("title"), rs.getString("situation"),
				Channel.valueOf(rs.getString("scenario_channel")), rs.getString("ask"), rs.getString("good"));
		Timestamp visited = rs.getTimestamp("visited_at");
		Timestamp reported = rs.getTimestamp("reported_at");
		String channel = rs.getString("channel");
		return new Assignment(id, scenario, rs.getInt("wave"), rs.getLong("shopper_id"), (Long) rs.getObject("competitor_id"),
				rs.getString("competitor_name"), rs.getObject("due_on", LocalDate.class), visited == null ? null : visited.toInstant(),
				channel == null ? null : Channel.valueOf(channel), rs.getString("evidence"), rs.getBigDecimal("score"), (Boolean) rs.getObject("critical_failed"),
				reported == null ? null : reported.toInstant(), answers);
	}
}
