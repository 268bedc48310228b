package fr.fidele.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import fr.fidele.ModuleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The history module on its own, with nothing but the platform: entries recorded one by one and in bulk. */
@ModuleTest
class HistoryModuleTests {

	@Autowired
	History history;

	@Test
	void entriesRecordedInBulkReadLikeOthers() {
		long first = ThreadLocalRandom.current().nextLong(1_000_000, 2_000_000);
		history.record("customer", first, "updated", "by hand", Map.of("segment", "PREMIUM"));
		history.recordAll("customer", List.of(first, first + 1), "imported", "import of clients.csv");

		assertThat(history.of("customer", first)).extracting(HistoryEntry::action).containsExactly("imported", "updated");
		assertThat(history.of("customer", first + 1)).singleElement()
			.satisfies(entry -> assertThat(entry.reason()).isEqualTo("import of clients.csv"));
	}
}
