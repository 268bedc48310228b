package fr.fidele.quality;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;

import fr.fidele.contacts.Contacts;
import fr.fidele.platform.RequiredText;
import fr.fidele.platform.ConflictException;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calibration sessions: several evaluators score the same contacts with one grid, each once, without seeing the
 * others' scores until they have scored them all. Their scores are kept apart: they are not the advisors' evaluations.
 */
@Service
public class Calibrations {

	static final int MAX_CONTACTS = 50;
	static final int MAX_EVALUATORS = 20;

	private final JdbcClient jdbc;
	private final Grids grids;
	private final Contacts contacts;
	private final Evaluations evaluations;
	private final CalibrationAgreement agreement;
	private final Clock clock;

	Calibrations(JdbcClient jdbc, Grids grids, Contacts contacts, Evaluations evaluations, CalibrationAgreement agreement, Clock clock) {
		this.jdbc = jdbc;
		this.grids = grids;
		this.contacts = contacts;
		this.evaluations = evaluations;
		this.agreement = agreement;
		this.clock = clock;
	}

	@Transactional
	public Calibration open(NewCalibration session, long createdBy) {
		RequiredText.check("name", session.name(), GridRules.NAME_LENGTH);
		if (session.gridId() == null || grids.find(session.gridId()).isEmpty()) {
			throw new InvalidFieldException("gridId", "unknownGrid", session.gridId());
		}
		List<Long> contactIds = distinct(session.contactIds(), "contactIds", 1, MAX_CONTACTS);
		List<Long> evaluatorIds = distinct(session.evaluatorIds(), "evaluatorIds", 2, MAX_EVALUATORS);
		for (int i = 0; i < contactIds.size(); i++) {
			if (contacts.find(contactIds.get(i)).isEmpty()) {
				throw new InvalidFieldException("contactIds[" + i + "]", "unknownContact", contactIds.get(i));
			}
		}
		long id = jdbc.sql("insert into quality_calibration (name, grid_id, created_by, created_at) values (?, ?, ?, ?) returning id")
			.params(session.name().strip(), session.gridId(), createdBy, Timestamp.from(clock.instant())).query(Long.class).single();
		contactIds.forEach(contact -> jdbc.sql("insert into quality_calibration_contact values (?, ?)").params(id, contact).update());
		evaluatorIds.forEach(evaluator -> jdbc.sql("insert into quality_calibration_evaluator values (?, ?)").params(id, evaluator).update());
		return get(id);
	}

	/** An evaluator of the session scores one of its contacts, once. */
	@Transactional
	public Evaluation score(long calibrationId, NewEvaluation evaluation, long evaluatorId) {
		Calibration calibration = get(calibrationId);
		if (!calibration.evaluatorIds().contains(evaluatorId)) {
			throw new ConflictException("notAnEvaluatorOfTheCalibration");
		}
		if (evaluation.contactId() == null || !calibration.contactIds().contains(evaluation.contactId())) {
			throw new InvalidFieldException("contactId", "notInTheCalibration", evaluation.contactId());
		}
		boolean scored = jdbc.sql("select exists (select 1 from quality_evaluation where calibration_id = ? and contact_id = ? and evaluator_id = ?)")
			.params(calibrationId, evaluation.contactId(), evaluatorId).query(Boolean.class).single();
		if (scored) {
			throw new ConflictException("alreadyScored");
		}
		NewEvaluation withItsGrid = new NewEvaluation(calibration.gridId(), evaluation.contactId(), evaluation.advisorId(), ChosenBecause.CALIBRATION,
				evaluation.answers(), evaluation.comment());
		return evaluations.record(withItsGrid, evaluatorId, calibrationId);
	}

	/**
	 * The session's agreement and where its evaluators diverge, for {@code readerId}: an evaluator of the session reads it
	 * once they have scored every contact (409 before), so that nobody scores with the others' scores in sight.
	 */
	public CalibrationReport report(long calibrationId, long readerId) {
		Calibration calibration = get(calibrationId);
		if (!toScore(calibrationId, readerId).isEmpty()) {
			throw new ConflictException("scoreYourContactsFirst");
		}
		return agreement.of(calibration, grids.grid(calibration.gridId()), evaluations.ofCalibration(calibrationId));
	}

	/** The session's contacts {@code evaluatorId} has still to score; none for someone who is not its evaluator. */
	public List<Long> toScore(long calibrationId, long evaluatorId) {
		Calibration calibration = get(calibrationId);
		if (!calibration.evaluatorIds().contains(evaluatorId)) {
			return List.of();
		}
		List<Long> scored = jdbc.sql("select contact_id from quality_evaluation where calibration_id = ? and evaluator_id = ?")
			.params(calibrationId, evaluatorId).query(Long.class).list();
		return calibration.contactIds().stream().filter(contact -> !scored.contains(contact)).toList();
	}

	public Calibration get(long id) {
		return jdbc.sql("select * from quality_calibration where id = ?").param(id).query(this::calibration).optional()
			.orElseThrow(() -> new NotFoundException("calibration", id));
	}

	/** The sessions, the latest first. */
	public List<Calibration> all() {
		return jdbc.sql("select * from quality_calibration order by created_at desc, id desc").query(this::calibration).list();
	}

	private static List<Long> distinct(List<Long> ids, String field, int least, int most) {
		List<Long> distinct = ids == null ? List.of() : List.copyOf(new LinkedHashSet<>(ids.stream().filter(java.util.Objects::nonNull).toList()));
		if (distinct.size() < least || distinct.size() > most) {
			throw new InvalidFieldException(field, "countBetween", least, most);
		}
		return distinct;
	}

	private Calibration calibration(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		List<Long> contactIds = jdbc.sql("select contact_id from quality_calibration_contact where calibration_id = ? order by contact_id").param(id)
			.query(Long.class).list();
		List<Long> evaluatorIds = jdbc.sql("select evaluator_id from quality_calibration_evaluator where calibration_id = ? order by evaluator_id")
			.param(id).query(Long.class).list();
		return new Calibration(id, rs.getString("name"), rs.getLong("grid_id"), contactIds, evaluatorIds, rs.getLong("created_by"),
				rs.getTimestamp("created_at").toInstant());
	}
}
