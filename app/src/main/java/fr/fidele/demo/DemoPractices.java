package fr.fidele.demo;

import java.time.LocalDate;
import java.util.SplittableRandom;

import fr.fidele.gratitude.GratitudeBulkLoad;
import fr.fidele.quality.Grid;
import org.springframework.stereotype.Component;

/**
 * What the demo's team practices left behind, written once the customers and their contacts are visible: the
 * thank-you reminders and the thanks given ({@link ThankedCustomers}), the evaluations and the calibration
 * ({@link DemoQuality}), the mystery-shopping campaign ({@link DemoMystery}), and the training, objectives, coaching and
 * pulse ({@link DemoGrowth}).
 */
@Component
class DemoPractices {

	private final GratitudeBulkLoad gratitude;
	private final DemoQuality quality;
	private final DemoMystery mystery;
	private final DemoGrowth growth;

	DemoPractices(GratitudeBulkLoad gratitude, DemoQuality quality, DemoMystery mystery, DemoGrowth growth) {
		this.gratitude = gratitude;
		this.quality = quality;
		this.mystery = mystery;
		this.growth = growth;
	}

	void write(BulkLoadRows rows, DemoPeople.Staff staff, LocalDate end, SplittableRandom random) {
		gratitude.load(rows.reminders());
		Grid grid = quality.write(rows.evaluated(), end, random.split());
		mystery.write(grid, end, random.split());
		growth.write(staff, end, random.split());
	}
}
