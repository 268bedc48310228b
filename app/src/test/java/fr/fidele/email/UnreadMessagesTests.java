package fr.fidele.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import fr.fidele.email.UnreadMessages.Unread;
import org.junit.jupiter.api.Test;

class UnreadMessagesTests {

	private static List<List<Long>> uids(List<List<Unread>> batches) {
		return batches.stream().map(batch -> batch.stream().map(Unread::uid).toList()).toList();
	}

	@Test
	void batchesHoldAtMostTheirCountInTheOrderListed() {
		UnreadMessages unread = new UnreadMessages(7, List.of(new Unread(3, 10), new Unread(5, 10), new Unread(9, 10),
				new Unread(12, 10), new Unread(13, 10)));

		assertThat(uids(unread.batches(2, 1_000))).containsExactly(List.of(3L, 5L), List.of(9L, 12L), List.of(13L));
		assertThat(uids(unread.batches(5, 1_000))).containsExactly(List.of(3L, 5L, 9L, 12L, 13L));
	}

	@Test
	void largeMessagesCutABatchShortAndOneLargerThanTheLimitGoesAlone() {
		UnreadMessages unread = new UnreadMessages(7, List.of(new Unread(1, 400), new Unread(2, 500), new Unread(3, 200),
				new Unread(4, 5_000), new Unread(5, 100)));

		assertThat(uids(unread.batches(100, 1_000))).containsExactly(List.of(1L, 2L), List.of(3L), List.of(4L), List.of(5L));
	}

	@Test
	void nothingUnreadIsNoBatch() {
		assertThat(new UnreadMessages(7, List.of()).batches(200, 1_000)).isEmpty();
	}
}
