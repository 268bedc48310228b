package fr.fidele.contacts;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.fidele.history.History;
import fr.fidele.platform.InvalidFieldException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The contact-reason taxonomy, configurable by administrators. */
@Repository
public class Reasons {

	/** The history entries of a reason are kept under this entity type. */
	public static final String HISTORY_ENTITY = "reason";
	private static final int LONGEST_LABEL = 100;

	private final JdbcClient jdbc;
	private final History history;

	Reasons(JdbcClient jdbc, History history) {
		this.jdbc = jdbc;
		this.history = history;
	}

	public List<Reason> all() {
		return jdbc.sql("select code, label_fr, label_en, position, active from contact_reason order by position, code")
			.query(Reason.class).list();
	}

	public Optional<Reason> find(String code) {
		return jdbc.sql("select code, label_fr, label_en, position, active from contact_reason where code = ?")
			.param(code).query(Reason.class).optional();
	}

	/** Creates the reason or changes it (an administrator's decision), kept in the history with the reason given. */
	@Transactional
	public void save(Reason reason, String why) {
		if (reason.code() == null || !reason.code().matches("[A-Z][A-Z0-9_]{1,63}")) {
			throw new InvalidFieldException("code", "reasonCode");
		}
		if (reason.labelFr() == null || reason.labelFr().isBlank() || reason.labelFr().length() > LONGEST_LABEL) {
			throw new InvalidFieldException("labelFr", "required");
		}
		if (reason.labelEn() == null || reason.labelEn().isBlank() || reason.labelEn().length() > LONGEST_LABEL) {
			throw new InvalidFieldException("labelEn", "required");
		}
		if (reason.position() < 0) {
			throw new InvalidFieldException("position", "notNegative");
		}
		long id = jdbc.sql("""
				insert into contact_reason (code, label_fr, label_en, position, active) values (?, ?, ?, ?, ?)
				on conflict (code) do update set label_fr = excluded.label_fr, label_en = excluded.label_en,
				    position = excluded.position, active = excluded.active
				returning id""")
			.params(reason.code(), reason.labelFr(), reason.labelEn(), reason.position(), reason.active())
			.query(Long.class).single();
		history.record(HISTORY_ENTITY, id, "defined", why, Map.of("definition", reason.toString()));
	}
}
