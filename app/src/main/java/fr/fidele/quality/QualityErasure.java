package fr.fidele.quality;

import java.util.Collection;

import fr.fidele.platform.PersonalValues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's erasure, for the evaluations of their contacts: every free text written about them (the evaluator's
 * comments, the advisor's, a contest and its answer) may name them, and is replaced. The scores and answers stay, so
 * the advisors' figures and the calibrations hold. Runs in the erasure's transaction.
 */
@Service
public class QualityErasure {

	private final JdbcClient jdbc;

	QualityErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Erases the texts of the evaluations of the customer's contacts: those that named the customer when written, and
	 * those of contacts linked to them since (an unknown caller recognised afterwards), by the contacts' ids.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void erase(long customerId, Collection<Long> contactIds) {
		Long[] contacts = contactIds.toArray(Long[]::new);
		jdbc.sql("""
				update quality_answer set comment = ? where comment is not null
				and evaluation_id in (select id from quality_evaluation where customer_id = ? or contact_id = any(cast(? as bigint[])))""")
			.params(PersonalValues.ERASED, customerId, contacts).update();
		jdbc.sql("""
				update quality_evaluation set comment = case when comment is null then null else ? end,
				    advisor_comment = case when advisor_comment is null then null else ? end,
				    contest_reason = case when contest_reason is null then null else ? end,
				    contest_answer = case when contest_answer is null then null else ? end
				where customer_id = ? or contact_id = any(cast(? as bigint[]))""")
			.params(PersonalValues.ERASED, PersonalValues.ERASED, PersonalValues.ERASED, PersonalValues.ERASED, customerId, contacts).update();
	}
}
