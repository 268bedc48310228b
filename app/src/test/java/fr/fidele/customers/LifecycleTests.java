package fr.fidele.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class LifecycleTests {

	private static OutcomeEvent event(long id, OutcomeType type, String day) {
		return new OutcomeEvent(id, 1, type, LocalDate.parse(day), null, null, "test");
	}

	@Test
	void aCustomerWithoutCancellationStays() {
		assertThat(Lifecycle.churnDate(List.of(event(1, OutcomeType.SUBSCRIBED, "2024-01-01"),
				event(2, OutcomeType.RENEWED, "2025-01-01")))).isNull();
		assertThat(Lifecycle.churnDate(List.of())).isNull();
	}

	@Test
	void theLastCancellationIsTheChurnDate() {
		assertThat(Lifecycle.churnDate(List.of(event(1, OutcomeType.SUBSCRIBED, "2024-01-01"),
				event(2, OutcomeType.CANCELLED, "2024-08-15")))).isEqualTo(LocalDate.parse("2024-08-15"));
	}

	@Test
	void aLaterEventUndoesTheCancellationWhateverTheOrderOfRecording() {
		List<OutcomeEvent> wonBack = List.of(event(3, OutcomeType.WON_BACK, "2024-10-01"),
				event(1, OutcomeType.SUBSCRIBED, "2024-01-01"), event(2, OutcomeType.CANCELLED, "2024-08-15"));
		assertThat(Lifecycle.churnDate(wonBack)).isNull();
		List<OutcomeEvent> lostAgain = List.of(event(1, OutcomeType.SUBSCRIBED, "2024-01-01"),
				event(2, OutcomeType.CANCELLED, "2024-08-15"), event(3, OutcomeType.WON_BACK, "2024-10-01"),
				event(4, OutcomeType.CANCELLED, "2025-02-01"));
		assertThat(Lifecycle.churnDate(lostAgain)).isEqualTo(LocalDate.parse("2025-02-01"));
	}

	@Test
	void onTheSameDayTheEventRecordedLastCounts() {
		assertThat(Lifecycle.churnDate(List.of(event(5, OutcomeType.RENEWED, "2025-01-01"),
				event(6, OutcomeType.CANCELLED, "2025-01-01")))).isEqualTo(LocalDate.parse("2025-01-01"));
	}
}
