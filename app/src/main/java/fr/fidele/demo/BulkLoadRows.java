package fr.fidele.demo;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;

import fr.fidele.contacts.ContactBulkLoad;
import fr.fidele.customers.CustomerBulkLoad;
import fr.fidele.customers.IdentityKind;
import fr.fidele.customers.OutcomeType;

/**
 * The simulation's rows handed to the modules that own them, each loading its tables in bulk; nothing is visible
 * until {@link #finish()}, and whoever opened the loads closes them.
 */
final class BulkLoadRows implements DemoRows {

	private final CustomerBulkLoad customers;
	private final ContactBulkLoad contacts;

	BulkLoadRows(CustomerBulkLoad customers, ContactBulkLoad contacts) {
		this.customers = customers;
		this.contacts = contacts;
	}

	@Override
	public void customer(CustomerBulkLoad.Row row) throws SQLException {
		customers.customer(row);
	}

	@Override
	public void identity(long customerId, IdentityKind kind, String value) throws SQLException {
		customers.identity(customerId, kind, value);
	}

	@Override
	public void outcome(long customerId, OutcomeType type, LocalDate occurredOn, BigDecimal monthlyValue) throws SQLException {
		customers.outcome(customerId, type, occurredOn, monthlyValue);
	}

	@Override
	public void supportCase(ContactBulkLoad.CaseRow row) throws SQLException {
		contacts.supportCase(row);
	}

	@Override
	public void contact(ContactBulkLoad.ContactRow row) throws SQLException {
		contacts.contact(row);
	}

	@Override
	public void leg(ContactBulkLoad.LegRow row) throws SQLException {
		contacts.leg(row);
	}

	/** Commits both loads: customers first, so that no contact is ever visible without its customer. */
	void finish() throws SQLException {
		customers.finish();
		contacts.finish();
	}
}
