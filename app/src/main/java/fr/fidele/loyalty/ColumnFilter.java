package fr.fidele.loyalty;

import fr.fidele.casefile.Channel;

/**
 * A dashboard filter turned into numbers to compare with the columns held in memory, row by row, with the meaning
 * {@link ContactScope} gives it in SQL: the period on the arrival in the company's time zone, the team of the
 * first leg's advisor, the customer's segment (a contact without a customer has none).
 */
record ColumnFilter(double fromSeconds, double toSeconds, int channel, int queue, int reason, long team, int segment) {

	/** The part is not restricted. */
	static final int ANY = -2;
	/** The part names something no contact held has: nothing matches. */
	static final int NOTHING = -3;

	static ColumnFilter of(ContactFilter filter, ContactColumns columns) {
		double from = filter.from() == null ? Double.NEGATIVE_INFINITY
				: filter.from().atStartOfDay(ContactFilter.ZONE).toEpochSecond();
		double to = filter.to() == null ? Double.POSITIVE_INFINITY
				: filter.to().plusDays(1).atStartOfDay(ContactFilter.ZONE).toEpochSecond();
		Channel channel = filter.channel();
		int queue = filter.queue() == null ? ANY : found(columns.queueNumber(filter.queue()));
		// The reason column numbers the reasons from 1, 0 being none.
		int reason = filter.reason() == null ? ANY : found(columns.reasonCodes().indexOf(filter.reason()));
		reason = reason >= 0 ? reason + 1 : reason;
		return new ColumnFilter(from, to, channel == null ? ANY : channel.ordinal(), queue, reason,
				filter.teamId() == null ? ANY : filter.teamId(), filter.segment() == null ? ANY : filter.segment().ordinal());
	}

	private static int found(int number) {
		return number < 0 ? NOTHING : number;
	}

	/** Whether the contact at {@code row} is one of the filter's, its advisors' teams and customers' segments given. */
	boolean test(ContactColumns columns, int row, long[] teamOfAdvisor, int[] segmentOfCustomer) {
		double arrived = columns.arrived[row];
		if (arrived < fromSeconds || arrived >= toSeconds) {
			return false;
		}
		if (channel != ANY && columns.channel[row] != channel || queue != ANY && columns.queue[row] != queue
				|| reason != ANY && columns.reason[row] != reason) {
			return false;
		}
		if (team != ANY) {
			int advisor = columns.advisor[row];
			if (advisor < 0 || advisor >= teamOfAdvisor.length || teamOfAdvisor[advisor] != team) {
				return false;
			}
		}
		if (segment != ANY) {
			int customer = columns.customer[row];
			return customer >= 0 && segmentOfCustomer[customer] == segment;
		}
		return true;
	}
}
