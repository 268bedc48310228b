package fr.fidele.contacts;

import java.time.Instant;

import fr.fidele.platform.database.MonthlyPartitions;
import org.springframework.stereotype.Component;

/**
 * The month partitions of the contacts and of their legs (V55), which share their months: created before contacts of
 * past months are written, outside the writer's transaction (see {@link MonthlyPartitions}).
 */
@Component
class ContactMonths {

	private final MonthlyPartitions partitions;

	ContactMonths(MonthlyPartitions partitions) {
		this.partitions = partitions;
	}

	void prepare(Instant first, Instant last) {
		partitions.prepare("contact", first, last);
		partitions.prepare("contact_leg", first, last);
	}
}
