package fr.fidele.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.FutureTask;

import org.junit.jupiter.api.Test;

/**
 * Work waited for: its result, and its failure as the caller can act on it. A database failure of a read's work on
 * another thread must reach the reporting read as it would from the read's own thread (translated to a 503, or read
 * again from the primary), not wrapped.
 */
class BackgroundWorkTest {

	@Test
	void theResultOfTheWorkIsGiven() throws Exception {
		assertThat(BackgroundWork.finished(BackgroundWork.start("test-work", () -> 41 + 1), SQLException.class)).isEqualTo(42);
	}

	@Test
	void aFailureOfTheKindAskedIsThrownAsItWasAnyOtherCheckedOneWrapped() {
		SQLException gone = new SQLTransientConnectionException("the server closed the connection", "08006");
		FutureTask<Object> reading = BackgroundWork.start("test-read", () -> {
			throw gone;
		});
		IOException io = new IOException("disk full");
		FutureTask<Object> writing = BackgroundWork.start("test-write", () -> {
			throw io;
		});
		IllegalArgumentException unchecked = new IllegalArgumentException("bad");
		FutureTask<Object> counting = BackgroundWork.start("test-count", () -> {
			throw unchecked;
		});

		assertThatThrownBy(() -> BackgroundWork.finished(reading, SQLException.class)).isSameAs(gone);
		assertThatThrownBy(() -> BackgroundWork.finished(writing, SQLException.class)).isInstanceOf(IllegalStateException.class)
			.hasCause(io);
		assertThatThrownBy(() -> BackgroundWork.finished(reading)).isInstanceOf(IllegalStateException.class).hasCause(gone);
		assertThatThrownBy(() -> BackgroundWork.finished(counting, SQLException.class)).isSameAs(unchecked);
	}
}
