package fr.fidele.feedback;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import fr.fidele.customers.Customers;
import fr.fidele.customers.Customers.Reachable;
import fr.fidele.feedback.SurveyInvitations.About;
import fr.fidele.feedback.SurveyInvitations.SentVia;
import fr.fidele.platform.InvalidFieldException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A relational survey's draw: a simple random sample of all current customers, those who never contacted the service
 * included, each invited by e-mail and marked served or not (a contact in the year before the draw), so satisfaction
 * can be compared between the two, as the seed asks. Customers who asked not to be surveyed, and those without an
 * e-mail address, are counted and left out.
 */
@Service
public class RelationalSurveys {

	static final int LARGEST_DRAW = 1_000_000;
	private static final Duration SERVED_WITHIN = Duration.ofDays(365);

	/** What a draw did: customers drawn, invited, without an address, and who asked not to be surveyed. */
	public record Draw(int drawn, int invited, int unreachable, int objected) {
	}

	private final SurveyInvitations invitations;
	private final Customers customers;
	private final JdbcClient jdbc;
	private final Clock clock;

	RelationalSurveys(SurveyInvitations invitations, Customers customers, JdbcClient jdbc, Clock clock) {
		this.invitations = invitations;
		this.customers = customers;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public Draw draw(long surveyId, Integer size) {
		Survey survey = invitations.active(surveyId);
		if (survey.kind() != SurveyKind.RELATIONAL) {
			throw new InvalidFieldException("surveyId", "notRelational");
		}
		if (size == null || size < 1 || size > LARGEST_DRAW) {
			throw new InvalidFieldException("size", "between", 1, LARGEST_DRAW);
		}
		List<Reachable> drawn = customers.sample(size);
		Set<Long> served = served(drawn);
		Set<Long> objected = new HashSet<>(jdbc.sql("select customer_id from survey_objection where customer_id = any(?)")
			.param(ids(drawn)).query(Long.class).list());
		int invited = 0;
		int unreachable = 0;
		for (Reachable customer : drawn) {
			if (objected.contains(customer.id())) {
				continue;
			}
			if (customer.email() == null) {
				unreachable++;
				continue;
			}
			invitations.invite(survey, new About(customer.id(), null, null, null, null, null, served.contains(customer.id())), SentVia.EMAIL,
					customer.email(), customer.language(), customer.name());
			invited++;
		}
		return new Draw(drawn.size(), invited, unreachable, objected.size());
	}

	/** Which of these customers had a contact in the year before now, read from the contacts' published facts. */
	private Set<Long> served(List<Reachable> drawn) {
		return new HashSet<>(jdbc.sql("select distinct customer_id from contact_facts where customer_id = any(?) and arrived_at >= ?")
			.params(ids(drawn), Timestamp.from(clock.instant().minus(SERVED_WITHIN))).query(Long.class).list());
	}

	private static Long[] ids(List<Reachable> drawn) {
		return drawn.stream().map(Reachable::id).toArray(Long[]::new);
	}
}
