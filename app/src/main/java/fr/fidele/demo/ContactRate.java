package fr.fidele.demo;

/**
 * The daily rate of first contacts that gives, on average, the requested number of first contacts
 * per customer over the time they are observed. Customers join uniformly over the first 700 of the
 * 730 simulated days and churn at about the base hazard, so the mean observed time is
 * E[(1 - exp(-hL)) / h] for L uniform on [30, 730] days.
 */
final class ContactRate {

	private ContactRate() {
	}

	static double daily(double contactsPerCustomer) {
		double hazard = PlantedEffects.BASE_DAILY_HAZARD * 1.2;
		double exposure = 0;
		int steps = 700;
		for (int i = 0; i < steps; i++) {
			double length = 30 + (i + 0.5);
			exposure += (1 - Math.exp(-hazard * length)) / hazard;
		}
		return contactsPerCustomer / (exposure / steps);
	}
}
