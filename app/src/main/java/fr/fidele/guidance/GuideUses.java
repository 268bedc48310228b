package fr.fidele.guidance;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import fr.fidele.customers.Expertise;
import fr.fidele.platform.ConflictException;
import fr.fidele.platform.InvalidFieldException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What was shown and followed on each contact: a guide shown is recorded once per contact and version; following a step
 * (with the customer's answer where it branched) makes the outcome FOLLOWED; the advisor may instead skip it or say
 * it did not fit. The reason an advisor names in the guide's panel is kept for the contact too, so the guide follows it.
 */
@Service
public class GuideUses {

	private final JdbcClient jdbc;
	private final Clock clock;

	GuideUses(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records that the chosen guide is shown beside the contact (once per contact and variant) and returns its use. */
	@Transactional
	public GuideUse shown(long contactId, Long customerId, Long advisorId, GuideChoice.Chosen chosen) {
		jdbc.sql("""
				insert into guide_use (contact_id, customer_id, advisor_id, version_id, expertise, language, shown_at)
				values (?, ?, ?, ?, ?, ?, ?) on conflict (contact_id, version_id, expertise, language) do nothing""")
			.params(contactId, customerId, advisorId, chosen.version().id(), chosen.variant().expertise().name(), chosen.variant().language(),
					Timestamp.from(clock.instant()))
			.update();
		return jdbc.sql(SELECT + " where u.contact_id = ? and u.version_id = ? and u.expertise = ? and u.language = ?")
			.params(contactId, chosen.version().id(), chosen.variant().expertise().name(), chosen.variant().language())
			.query(GuideUses::use)
			.single();
	}

	/** The advisor followed a step; {@code answer} is the customer's where the step branched (null otherwise). */
	@Transactional
	public GuideUse followed(long contactId, long useId, int step, String answer) {
		GuideUse use = ofContact(contactId, useId);
		GuideText text = GuideText.of(jdbc.sql("select body from guide_variant where version_id = ? and expertise = ? and language = ?")
			.params(use.versionId(), use.expertise().name(), use.language()).query(String.class).single());
		GuideText.Step followed = text.step(step).orElseThrow(() -> new InvalidFieldException("step", "between", 1, text.steps().size()));
		if (answer != null && followed.branches().stream().noneMatch(branch -> branch.answer().equals(answer))) {
			throw new InvalidFieldException("answer", "unknownValue", answer);
		}
		jdbc.sql("""
				update guide_use set steps = steps || ?, answers = answers || ?, outcome = 'FOLLOWED', decided_at = ? where id = ?""")
			.params(step, answer == null ? "" : answer, Timestamp.from(clock.instant()), use.id()).update();
		return ofContact(contactId, useId);
	}

	/** The advisor skipped the guide, or said it did not fit; a guide already followed stays followed. */
	@Transactional
	public GuideUse decided(long contactId, long useId, GuideOutcome outcome) {
		GuideUse use = ofContact(contactId, useId);
		if (outcome == GuideOutcome.FOLLOWED) {
			throw new InvalidFieldException("outcome", "oneOf", "SKIPPED, DID_NOT_FIT");
		}
		if (use.outcome() == GuideOutcome.FOLLOWED) {
			throw new ConflictException("guideAlreadyFollowed", use.guide());
		}
		jdbc.sql("update guide_use set outcome = ?, decided_at = ? where id = ?").params(outcome.name(), Timestamp.from(clock.instant()), useId)
			.update();
		return ofContact(contactId, useId);
	}

	/** The guides shown on a contact, the first first. */
	public List<GuideUse> ofContact(long contactId) {
		return jdbc.sql(SELECT + " where u.contact_id = ? order by u.shown_at, u.id").param(contactId).query(GuideUses::use).list();
	}

	private GuideUse ofContact(long contactId, long useId) {
		return jdbc.sql(SELECT + " where u.contact_id = ? and u.id = ?").params(contactId, useId).query(GuideUses::use).optional()
			.orElseThrow(() -> new InvalidFieldException("use", "unknownValue", useId));
	}

	/** The reason the advisor named for this contact in the guide's panel, if any. */
	public Optional<String> namedReason(long contactId) {
		return jdbc.sql("select reason_code from guide_moment where contact_id = ?").param(contactId).query(String.class).optional();
	}

	@Transactional
	public void nameReason(long contactId, String reasonCode) {
		if (reasonCode == null) {
			jdbc.sql("delete from guide_moment where contact_id = ?").param(contactId).update();
			return;
		}
		jdbc.sql("""
				insert into guide_moment (contact_id, reason_code, set_at) values (?, ?, ?)
				on conflict (contact_id) do update set reason_code = excluded.reason_code, set_at = excluded.set_at""")
			.params(contactId, reasonCode, Timestamp.from(clock.instant())).update();
	}

	private static final String SELECT = """
			select u.*, g.code, v.version from guide_use u join guide_version v on v.id = u.version_id join guide g on g.id = v.guide_id""";

	private static GuideUse use(ResultSet rs, int row) throws SQLException {
		return new GuideUse(rs.getLong("id"), rs.getLong("contact_id"), (Long) rs.getObject("customer_id"), (Long) rs.getObject("advisor_id"),
				rs.getString("code"), rs.getInt("version"), rs.getLong("version_id"), Expertise.valueOf(rs.getString("expertise")),
				rs.getString("language"), rs.getTimestamp("shown_at").toInstant(),
				rs.getString("outcome") == null ? null : GuideOutcome.valueOf(rs.getString("outcome")), integers(rs.getArray("steps")),
				Arrays.asList((String[]) rs.getArray("answers").getArray()));
	}

	private static List<Integer> integers(Array array) throws SQLException {
		return Arrays.asList((Integer[]) array.getArray());
	}
}
