package fr.fidele.contacts;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The contact-reason taxonomy, configurable by administrators. */
@Repository
public class Reasons {

	private final JdbcClient jdbc;

	Reasons(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Reason> all() {
		return jdbc.sql("select code, label_fr, label_en, position, active from contact_reason order by position, code")
			.query(Reason.class).list();
	}

	public Optional<Reason> find(String code) {
		return jdbc.sql("select code, label_fr, label_en, position, active from contact_reason where code = ?")
			.param(code).query(Reason.class).optional();
	}

	@Transactional
	public void save(Reason reason) {
		jdbc.sql("""
				insert into contact_reason (code, label_fr, label_en, position, active) values (?, ?, ?, ?, ?)
				on conflict (code) do update set label_fr = excluded.label_fr, label_en = excluded.label_en,
				    position = excluded.position, active = excluded.active""")
			.params(reason.code(), reason.labelFr(), reason.labelEn(), reason.position(), reason.active())
			.update();
	}
}
