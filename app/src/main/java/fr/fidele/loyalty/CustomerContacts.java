package fr.fidele.loyalty;

/**
 * How many contacts some customers had: their ids, ascending, and their counts; customers without any are left out.
 */
record CustomerContacts(long[] ids, int[] counts) {

	/** Counts the rows {@code selected} of {@code columns} by customer; {@code customerIds} are the held customers'. */
	static CustomerContacts of(ContactColumns columns, long[] customerIds, boolean[] selected) {
		int[] byCustomer = new int[customerIds.length];
		int customers = 0;
		for (int row = 0; row < columns.size; row++) {
			int customer = columns.customer[row];
			if (selected[row] && customer >= 0) {
				customers += byCustomer[customer]++ == 0 ? 1 : 0;
			}
		}
		long[] ids = new long[customers];
		int[] counts = new int[customers];
		int at = 0;
		for (int customer = 0; customer < byCustomer.length; customer++) {
			if (byCustomer[customer] > 0) {
				ids[at] = customerIds[customer];
				counts[at++] = byCustomer[customer];
			}
		}
		return new CustomerContacts(ids, counts);
	}
}
