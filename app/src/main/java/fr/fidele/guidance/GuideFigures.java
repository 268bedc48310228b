package fr.fidele.guidance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.fidele.loyalty.PracticeEffects;
import fr.fidele.platform.Share;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What each guide and version does, on the contacts where it was followed against those where it was shown and not
 * followed: how often it is used; first-contact resolution (of the contacts that opened their request and ended with a
 * verdict, the share resolved then); satisfaction (the CSAT answers' satisfied share, 4 or 5, and the NPS, promoters
 * minus detractors); and the hazard ratio of churn of the customers after it was followed against comparable
 * customers to whom it was shown and who never had it followed ({@link PracticeEffects}), with "not enough contacts
 * yet" under ten departures on either side. Shares carry their 95% Wilson interval.
 */
@Service
public class GuideFigures {

	/** The figures of one side: contacts where the guide was followed, or shown and not followed. */
	public record Side(long contacts, Share firstContactResolution, Share satisfied, Integer nps, long npsAnswers) {
	}

	/** One guide, or one of its versions ({@code version} null: all versions). */
	public record Figure(String guide, Integer version, long shown, long followed, long skipped, long didNotFit, Side whenFollowed,
			Side whenNotFollowed, PracticeEffects.Row churn) {
	}

	private final JdbcClient jdbc;
	private final PracticeEffects practices;

	GuideFigures(JdbcClient jdbc, PracticeEffects practices) {
		this.jdbc = jdbc;
		this.practices = practices;
	}

	/** Each guide, then each of its versions, in code and version order. */
	public List<Figure> all() {
		Map<String, PracticeEffects.Row> churn = new LinkedHashMap<>();
		practices.of("guides", exposures -> exposures(exposures, false)).rows().forEach(row -> churn.put(row.practice(), row));
		practices.of("guide-versions", exposures -> exposures(exposures, true)).rows().forEach(row -> churn.put(row.practice(), row));
		return jdbc.sql("""
				with scores as (
				    select contact_id, max(score) filter (where measure = 'CSAT') as csat, max(score) filter (where measure = 'NPS') as nps
				    from survey_score_facts where contact_id in (select contact_id from guide_use_facts) group by contact_id),
				u as (
				    select f.guide, f.version, f.contact_id, f.outcome, f.followed, c.first_of_case, c.resolved, s.csat, s.nps
				    from guide_use_facts f left join contact_facts c on c.id = f.contact_id left join scores s on s.contact_id = f.contact_id)
				select guide, version, count(*) as shown,
				       count(*) filter (where followed) as followed,
				       count(*) filter (where outcome = 'SKIPPED') as skipped,
				       count(*) filter (where outcome = 'DID_NOT_FIT') as did_not_fit,
				       count(*) filter (where followed and first_of_case and resolved is not null) as f_first,
				       count(*) filter (where followed and first_of_case and resolved) as f_resolved,
				       count(csat) filter (where followed) as f_csat, count(*) filter (where followed and csat >= 4) as f_satisfied,
				       count(nps) filter (where followed) as f_nps, count(*) filter (where followed and nps >= 9) - count(*) filter (where followed and nps <= 6) as f_net,
				       count(*) filter (where not followed and first_of_case and resolved is not null) as n_first,
				       count(*) filter (where not followed and first_of_case and resolved) as n_resolved,
				       count(csat) filter (where not followed) as n_csat, count(*) filter (where not followed and csat >= 4) as n_satisfied,
				       count(nps) filter (where not followed) as n_nps, count(*) filter (where not followed and nps >= 9) - count(*) filter (where not followed and nps <= 6) as n_net
				from u group by grouping sets ((guide), (guide, version)) order by guide, version nulls first""")
			.query((rs, n) -> {
				String guide = rs.getString("guide");
				Integer version = (Integer) rs.getObject("version");
				long shown = rs.getLong("shown");
				long followed = rs.getLong("followed");
				return new Figure(guide, version, shown, followed, rs.getLong("skipped"), rs.getLong("did_not_fit"),
						side(followed, rs.getLong("f_first"), rs.getLong("f_resolved"), rs.getLong("f_csat"), rs.getLong("f_satisfied"), rs.getLong("f_nps"),
								rs.getLong("f_net")),
						side(shown - followed, rs.getLong("n_first"), rs.getLong("n_resolved"), rs.getLong("n_csat"), rs.getLong("n_satisfied"),
								rs.getLong("n_nps"), rs.getLong("n_net")),
						churn.get(practice(guide, version)));
			})
			.list();
	}

	private static Side side(long contacts, long first, long resolved, long csat, long satisfied, long npsAnswers, long net) {
		return new Side(contacts, Share.of(resolved, first), Share.of(satisfied, csat),
				npsAnswers == 0 ? null : (int) Math.round(100.0 * net / npsAnswers), npsAnswers);
	}

	/** The practice of a guide ("COMPLAINT") or of one version ("COMPLAINT v2"). */
	static String practice(String guide, Integer version) {
		return version == null ? guide : guide + " v" + version;
	}

	private void exposures(PracticeEffects.Exposures exposures, boolean byVersion) {
		jdbc.sql("""
				select f.customer_id, f.guide, f.version, f.followed, extract(epoch from coalesce(c.arrived_at, f.shown_at))::float8
				from guide_use_facts f left join contact_facts c on c.id = f.contact_id where f.customer_id is not null""")
			.query(rs -> {
				String practice = practice(rs.getString(2), byVersion ? rs.getInt(3) : null);
				if (rs.getBoolean(4)) {
					exposures.took(practice, rs.getLong(1), rs.getDouble(5));
				}
				else {
					exposures.declined(practice, rs.getLong(1), rs.getDouble(5));
				}
			});
	}
}
