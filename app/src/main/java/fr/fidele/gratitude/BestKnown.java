package fr.fidele.gratitude;

/**
 * Who knows a customer best, as SQL on a customer id ({@code %s}): the advisor of their latest answered contact, the
 * person the customer last spoke to. (The case file has no account owner; a company that names one would read it here
 * first.) Its aliases are its own, so that the query it goes into may use any of the usual ones.
 */
final class BestKnown {

	private BestKnown() {
	}

	/** A scalar subquery giving the advisor's id for the customer id in {@code customerColumn}, or null. */
	static String advisorOf(String customerColumn) {
		return """
				(select best_leg.advisor_id from contact_facts best_contact join contact_leg_facts best_leg on best_leg.contact_id = best_contact.id
					and best_leg.contact_arrived_at = best_contact.arrived_at
				 where best_contact.customer_id = %s and best_leg.advisor_id is not null
				 order by best_contact.arrived_at desc, best_leg.seq desc limit 1)""".formatted(customerColumn);
	}
}
