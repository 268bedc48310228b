package fr.fidele.routing;

import java.util.OptionalLong;

/**
 * The wait a newcomer can expect in a queue: the items ahead that the free advisors will not take at once, each
 * taking the queue's mean handle time, shared by the advisors staffed on it ({@code position × handle time /
 * advisors}, the estimate contact-center switches announce). Unknown when no advisor serves the queue.
 */
final class WaitEstimate {

	private WaitEstimate() {
	}

	/**
	 * @param position the newcomer's place in the queue, 1 for the first
	 * @param staffed advisors able to serve the queue who are available, busy or wrapping up
	 * @param freeNow slots for the queue's channel free now among those advisors
	 * @param handleSeconds the queue's mean handle time
	 */
	static OptionalLong seconds(int position, int staffed, int freeNow, double handleSeconds) {
		if (staffed <= 0) {
			return OptionalLong.empty();
		}
		if (position <= freeNow) {
			return OptionalLong.of(0);
		}
		return OptionalLong.of((long) Math.ceil((position - freeNow) * handleSeconds / staffed));
	}
}
