package fr.fidele.demo;

import fr.fidele.gratitude.GratitudeBulkLoad;
import org.springframework.stereotype.Component;

/**
 * What the demo's team practices left behind, written once the customers and their contacts are visible: the
 * thank-you reminders and the thanks given ({@link ThankedCustomers}).
 */
@Component
class DemoPractices {

	private final GratitudeBulkLoad gratitude;

	DemoPractices(GratitudeBulkLoad gratitude) {
		this.gratitude = gratitude;
	}

	void write(BulkLoadRows rows) {
		gratitude.load(rows.reminders());
	}
}
