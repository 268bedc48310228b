package fr.fidele.feedback;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import fr.fidele.casefile.Channel;
import fr.fidele.contacts.Reasons;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.routing.RoutingAdministration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The rules an administrator sets for transactional surveys. */
@Service
public class SurveyRules {

	/** A rule to create; nulls mean any channel, reason or queue, 30 quiet days, and no asking after a cancellation or during a complaint. */
	public record NewRule(String channel, String reasonCode, String queue, BigDecimal samplePercent, Integer quietDays, Boolean afterCancellation,
			Boolean duringOpenComplaint) {
	}

	private static final String SELECT = """
			select id, survey_id, channel, reason_code, queue_code, sample_percent, quiet_days, after_cancellation, during_open_complaint, active
			from survey_rule""";

	private final JdbcClient jdbc;
	private final Surveys surveys;
	private final Reasons reasons;
	private final RoutingAdministration routing;
	private final Clock clock;

	SurveyRules(JdbcClient jdbc, Surveys surveys, Reasons reasons, RoutingAdministration routing, Clock clock) {
		this.jdbc = jdbc;
		this.surveys = surveys;
		this.reasons = reasons;
		this.routing = routing;
		this.clock = clock;
	}

	@Transactional
	public SurveyRule create(long surveyId, NewRule rule) {
		Survey survey = surveys.get(surveyId);
		if (survey.kind() != SurveyKind.TRANSACTIONAL) {
			throw new InvalidFieldException("surveyId", "notTransactional");
		}
		if (rule.channel() != null && Arrays.stream(Channel.values()).noneMatch(channel -> channel.name().equals(rule.channel()))) {
			throw new InvalidFieldException("channel", "unknownValue", rule.channel());
		}
		String reason = blankToNull(rule.reasonCode());
		if (reason != null && reasons.find(reason).isEmpty()) {
			throw new InvalidFieldException("reasonCode", "unknownReason", reason);
		}
		String queue = blankToNull(rule.queue());
		if (queue != null && routing.queues().stream().noneMatch(known -> known.code().equals(queue))) {
			throw new InvalidFieldException("queue", "unknownQueue", queue);
		}
		BigDecimal percent = rule.samplePercent() == null ? BigDecimal.valueOf(100) : rule.samplePercent();
		if (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0 || percent.scale() > 2) {
			throw new InvalidFieldException("samplePercent", "between", "0.01", 100);
		}
		int quiet = rule.quietDays() == null ? 30 : rule.quietDays();
		if (quiet < 0 || quiet > 3650) {
			throw new InvalidFieldException("quietDays", "between", 0, 3650);
		}
		long id = jdbc.sql("""
				insert into survey_rule (survey_id, channel, reason_code, queue_code, sample_percent, quiet_days, after_cancellation,
				    during_open_complaint, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(surveyId, rule.channel(), reason, queue, percent, quiet,
					Boolean.TRUE.equals(rule.afterCancellation()), Boolean.TRUE.equals(rule.duringOpenComplaint()), Timestamp.from(clock.instant()))
			.query(Long.class).single();
		return all().stream().filter(created -> created.id() == id).findFirst().orElseThrow();
	}

	public List<SurveyRule> all() {
		return jdbc.sql(SELECT + " order by id").query(SurveyRules::map).list();
	}

	/** The active rules of active surveys, oldest first: the first that follows a contact asks about it. */
	List<SurveyRule> active() {
		return jdbc.sql(SELECT + " r where r.active and exists (select 1 from survey s where s.id = r.survey_id and s.active) order by id")
			.query(SurveyRules::map).list();
	}

	private static SurveyRule map(ResultSet rs, int row) throws SQLException {
		return new SurveyRule(rs.getLong("id"), rs.getLong("survey_id"), rs.getString("channel"), rs.getString("reason_code"),
				rs.getString("queue_code"), rs.getBigDecimal("sample_percent"), rs.getInt("quiet_days"), rs.getBoolean("after_cancellation"),
				rs.getBoolean("during_open_complaint"), rs.getBoolean("active"));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
