package fr.fidele.support;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Checks the held items counted on each advisor's routing row against the items themselves. */
public final class HeldCounts {

	private HeldCounts() {
	}

	/** Advisors whose counted held items differ from those they hold, as {@code advisor: counted / held} lines. */
	public static List<String> mismatched(JdbcClient jdbc) {
		return jdbc.sql("""
				select a.advisor_id || ': ' || a.voice_held || ',' || a.chat_held || ',' || a.written_held
				       || ' / ' || coalesce(h.voice, 0) || ',' || coalesce(h.chat, 0) || ',' || coalesce(h.written, 0)
				from advisor_routing a
				left join (select advisor_id, count(*) filter (where channel in ('PHONE', 'CALLBACK', 'IN_PERSON')) as voice,
				                  count(*) filter (where channel in ('CHAT', 'SOCIAL')) as chat,
				                  count(*) filter (where channel in ('EMAIL', 'WEB_FORM')) as written
				           from work_item where state in ('OFFERED', 'CONNECTED', 'WRAP_UP') group by advisor_id) h
				    on h.advisor_id = a.advisor_id
				where (a.voice_held, a.chat_held, a.written_held) <> (coalesce(h.voice, 0), coalesce(h.chat, 0), coalesce(h.written, 0))""")
			.query(String.class).list();
	}
}
