package fr.fidele.knowledge;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import fr.fidele.casefile.Channel;
import fr.fidele.contacts.ContactManagement;
import fr.fidele.contacts.Direction;
import fr.fidele.contacts.EndedBy;
import fr.fidele.contacts.NewContact;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a signed-in customer read in the help centre: one contact of the channel {@code SELF_SERVICE} a day in their
 * case file (so that an advisor who takes their call sees they tried, and the loyalty tool measures whether trying
 * keeps customers), and each article read on it. The contact names no reason, so it opens no case and changes no
 * first-contact resolution.
 */
@Service
public class SelfService {

	/** An article read on a self-service contact. */
	public record Read(long contactId, String slug, String title, String language, Instant readAt) {
	}

	private final ContactManagement contacts;
	private final JdbcClient jdbc;
	private final Clock clock;

	SelfService(ContactManagement contacts, JdbcClient jdbc, Clock clock) {
		this.contacts = contacts;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public void read(long customerId, Article article, String language) {
		Instant now = clock.instant();
		// one contact per customer and day (UTC), whatever they read that day: recorded again, it is found by its reference
		String reference = "help-centre:" + customerId + ":" + LocalDate.ofInstant(now, ZoneOffset.UTC);
		long contactId = contacts.record(new NewContact(customerId, null, null, Channel.SELF_SERVICE, Direction.INBOUND, null, null, now, null,
				null, now, EndedBy.CUSTOMER, true, false, null, null, reference, List.of()), "read the help centre signed in").contact().id();
		jdbc.sql("insert into help_centre_read (contact_id, customer_id, article_id, language, read_at) values (?, ?, ?, ?, ?)")
			.params(contactId, customerId, article.id(), article.languageFor(language), Timestamp.from(now)).update();
	}

	/** The articles read on a self-service contact, in the order read. */
	public List<Read> ofContact(long contactId) {
		return jdbc.sql("""
				select r.contact_id, a.slug, coalesce(case when r.language = 'en' then v.title_en end, v.title_fr, v.title_en) as title,
				       r.language, r.read_at
				from help_centre_read r join article a on a.id = r.article_id join article_version v on v.article_id = a.id and v.version = a.version
				where r.contact_id = ? order by r.read_at, r.id""")
			.param(contactId).query(Read.class).list();
	}
}
