package fr.fidele.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

/** Streams taken in turns: every row once, a batch from each in turn, each stream closed once read or at the close. */
class InterleavedCopyRowsTests {

	@Test
	void everyRowOfEveryStreamComesOnceABatchFromEachInTurn() {
		Numbers first = new Numbers(0, 5);
		Numbers empty = new Numbers(100, 0);
		Numbers third = new Numbers(200, 3);
		List<Long> read = new ArrayList<>();
		try (InterleavedCopyRows rows = new InterleavedCopyRows(List.of(first, empty, third), 2)) {
			while (rows.next()) {
				read.add(rows.int8(-1));
			}
		}

		assertThat(read).containsExactly(0L, 1L, 200L, 201L, 2L, 3L, 202L, 4L);
		assertThat(List.of(first, empty, third)).allMatch(numbers -> numbers.closed);
	}

	@Test
	void closedBeforeTheEndEveryStreamStillOpenIsClosed() {
		Numbers first = new Numbers(0, 1);
		Numbers second = new Numbers(10, 100);
		try (InterleavedCopyRows rows = new InterleavedCopyRows(List.of(first, second), 4)) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.next()).isTrue();
			assertThat(rows.int8(-1)).as("the first stream read to its end, the second's turn").isEqualTo(10);
			assertThat(first.closed).isTrue();
			assertThat(second.closed).isFalse();
		}
		assertThat(second.closed).isTrue();
		assertThatThrownBy(() -> new InterleavedCopyRows(List.of(), 1)).isInstanceOf(IllegalArgumentException.class);
	}

	/** A stream of consecutive numbers in one {@code bigint} field. */
	private static final class Numbers implements CopyRows {

		private final long[] values;
		private int row = -1;
		boolean closed;

		Numbers(long from, int count) {
			values = LongStream.range(from, from + count).toArray();
		}

		@Override
		public boolean next() {
			return ++row < values.length;
		}

		@Override
		public long int8(long ifNull) {
			return values[row];
		}

		@Override
		public int int4(int ifNull) {
			throw new UnsupportedOperationException();
		}

		@Override
		public long timestamp(long ifNull) {
			throw new UnsupportedOperationException();
		}

		@Override
		public double float8(double ifNull) {
			throw new UnsupportedOperationException();
		}

		@Override
		public String symbol() {
			throw new UnsupportedOperationException();
		}

		@Override
		public boolean bool() {
			throw new UnsupportedOperationException();
		}

		@Override
		public Boolean nullableBool() {
			throw new UnsupportedOperationException();
		}

		@Override
		public String text() {
			throw new UnsupportedOperationException();
		}

		@Override
		public void close() {
			closed = true;
		}
	}
}
