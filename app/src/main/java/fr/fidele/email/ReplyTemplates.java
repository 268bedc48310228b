package fr.fidele.email;

import java.util.List;
import java.util.Set;

import fr.fidele.contacts.Reason;
import fr.fidele.contacts.Reasons;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reply templates supervisors and administrators write, and those an advisor is offered for one contact. */
@Service
public class ReplyTemplates {

	private static final int LONGEST_NAME = 100;
	private static final Set<String> LANGUAGES = Set.of("fr", "en");
	private static final String SELECT = "select id, name, reason_code, language, body from reply_template";

	private final JdbcClient jdbc;
	private final Reasons reasons;

	ReplyTemplates(JdbcClient jdbc, Reasons reasons) {
		this.jdbc = jdbc;
		this.reasons = reasons;
	}

	@Transactional
	public ReplyTemplate add(String name, String reasonCode, String language, String body) {
		String named = required("name", name);
		if (named.length() > LONGEST_NAME) {
			throw new InvalidFieldException("name", "tooLong", LONGEST_NAME);
		}
		String reason = reasonCode == null || reasonCode.isBlank() ? null : reasonCode.strip();
		if (reason != null && reasons.all().stream().map(Reason::code).noneMatch(reason::equals)) {
			throw new InvalidFieldException("reasonCode", "unknownReason", reason);
		}
		if (language == null || !LANGUAGES.contains(language)) {
			throw new InvalidFieldException("language", "language");
		}
		String text = required("body", body);
		if (text.length() > EmailReplies.LONGEST) {
			throw new InvalidFieldException("body", "tooLong", EmailReplies.LONGEST);
		}
		try {
			long id = jdbc.sql("insert into reply_template (name, reason_code, language, body) values (?, ?, ?, ?) returning id")
				.params(named, reason, language, text).query(Long.class).single();
			return jdbc.sql(SELECT + " where id = ?").param(id).query(ReplyTemplate.class).single();
		}
		catch (DuplicateKeyException taken) {
			throw new InvalidFieldException("name", "templateTaken", named);
		}
	}

	public List<ReplyTemplate> all() {
		return jdbc.sql(SELECT + " order by language, reason_code nulls first, name").query(ReplyTemplate.class).list();
	}

	@Transactional
	public void delete(long id) {
		if (jdbc.sql("delete from reply_template where id = ?").param(id).update() == 0) {
			throw new NotFoundException("reply template", id);
		}
	}

	/** The templates in this language for this reason first, then those for any reason; none for another reason. */
	public List<ReplyTemplate> forReply(String reasonCode, String language) {
		return jdbc.sql(SELECT + " where language = ? and (reason_code is null or reason_code = ?) order by reason_code nulls last, name")
			.params(language, reasonCode).query(ReplyTemplate.class).list();
	}

	private static String required(String field, String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidFieldException(field, "required");
		}
		return value.strip();
	}
}
