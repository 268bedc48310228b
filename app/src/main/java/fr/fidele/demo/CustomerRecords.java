package fr.fidele.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import fr.fidele.customers.CustomerBulkLoad;
import fr.fidele.customers.Expertise;
import fr.fidele.customers.Identity;
import fr.fidele.customers.IdentityKind;
import fr.fidele.customers.OutcomeType;
import fr.fidele.customers.SearchText;
import fr.fidele.casefile.Segment;

/** A simulated customer's own rows: who they are, how they are reached, and their subscription's events. */
final class CustomerRecords {

	private CustomerRecords() {
	}

	/** Writes the customer and their identities; returns what their written conversations need of them. */
	static WrittenConversations.Writer customer(DemoRows rows, long id, SplittableRandom r, String language, Segment segment, Expertise expertise,
			BigDecimal value, LocalDate since, LocalDate churnedOn) throws Exception {
		String name = Names.person(r, language);
		String reference = "CLI-%07d".formatted(id);
		String email = Names.mailbox(name) + "." + id + ("en".equals(language) ? "@example.com" : "@exemple.fr");
		String phone = "+336" + (10_000_000 + id % 90_000_000);
		Identity[] identities = r.nextDouble() < 0.2
				? new Identity[] { new Identity(IdentityKind.EMAIL, email), new Identity(IdentityKind.PHONE, phone),
						new Identity(IdentityKind.SOCIAL, "x:@" + Names.mailbox(name).replace('.', '_') + id) }
				: new Identity[] { new Identity(IdentityKind.EMAIL, email), new Identity(IdentityKind.PHONE, phone) };
		String notes = r.nextDouble() < 0.05 ? Texts.customerNote(r, language) : null;
		rows.customer(new CustomerBulkLoad.Row(id, reference, name, SearchText.of(reference, name, List.of(identities)),
				language, segment, expertise, value, since, r.nextDouble() < 0.7, r.nextDouble() < 0.4, notes, churnedOn));
		for (Identity identity : identities) {
			rows.identity(id, identity.kind(), identity.value());
		}
		return new WrittenConversations.Writer(id, name, language, email, phone);
	}

	/** The subscription, a renewal each anniversary before {@code last}, and the cancellation on {@code last} if they left. */
	static void outcomes(DemoRows rows, long id, LocalDate since, LocalDate last, boolean left, BigDecimal value) throws Exception {
		rows.outcome(id, OutcomeType.SUBSCRIBED, since, value);
		for (LocalDate anniversary = since.plusYears(1); anniversary.isBefore(last); anniversary = anniversary.plusYears(1)) {
			rows.outcome(id, OutcomeType.RENEWED, anniversary, value);
		}
		if (left) {
			rows.outcome(id, OutcomeType.CANCELLED, last, value);
		}
	}
}
