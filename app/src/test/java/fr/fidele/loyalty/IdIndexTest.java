package fr.fidele.loyalty;


import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;

import fr.fidele.casefile.IdIndex;
import org.junit.jupiter.api.Test;

/**
 * Every way of indexing ids (a table when dense, a ranked bitmap when sparse, a sorted copy when far apart) finds each
 * id's position as a map of the ids read does, and no position for the ids that were not read.
 */
class IdIndexTest {

	private final Random random = new Random(17);

	@Test
	void denseIdsAreFoundWhereverTheyCameFrom() {
		assertFoundAsByMap(shuffled(LongStream.rangeClosed(1, 50_000).filter(id -> id % 7 != 0).toArray()));
	}

	@Test
	void sparseIdsInOrderAndOutOfOrderAreFoundByTheirRank() {
		// one id in about 15, as the contacts with a survey answer among all contacts, first ascending then shuffled
		long[] ids = LongStream.rangeClosed(0, 1_500_000).filter(id -> random.nextInt(15) == 0).toArray();
		assertFoundAsByMap(ids);
		assertFoundAsByMap(shuffled(ids));
		// the bitmap's word edges (ids 63, 64, 127, 128, the last of a word) among one id in a hundred
		long[] edges = { 63, 64, 127, 128, 100_031, 199_999 };
		assertFoundAsByMap(LongStream.rangeClosed(1, 199_999)
			.filter(id -> id % 100 == 0 || LongStream.of(edges).anyMatch(edge -> edge == id)).toArray());
	}

	@Test
	void idsFarApartAreFoundInASortedCopy() {
		long[] ids = LongStream.range(0, 5_000).map(i -> 1_000_000_000_000L + i * 1_000_003L).toArray();
		assertFoundAsByMap(ids);
		assertFoundAsByMap(shuffled(ids));
	}

	@Test
	void noIdIsFoundInAnEmptyIndex() {
		IdIndex index = IdIndex.of(new long[8], 0);
		assertThat(index.indexOf(0)).isEqualTo(-1);
		assertThat(index.indexOf(42)).isEqualTo(-1);
	}

	private void assertFoundAsByMap(long[] ids) {
		IdIndex index = IdIndex.of(ids, ids.length);
		Map<Long, Integer> positions = new HashMap<>();
		long largest = 0;
		for (int i = 0; i < ids.length; i++) {
			positions.put(ids[i], i);
			largest = Math.max(largest, ids[i]);
		}
		for (int i = 0; i < ids.length; i++) {
			assertThat(index.indexOf(ids[i])).as("id %d", ids[i]).isEqualTo(i);
		}
		long[] probes = LongStream.concat(LongStream.of(-1, Long.MIN_VALUE, Long.MAX_VALUE, largest + 1, largest + 64, 0),
				random.longs(20_000, 0, largest + 2)).toArray();
		for (long probe : probes) {
			assertThat(index.indexOf(probe)).as("probe %d", probe).isEqualTo(positions.getOrDefault(probe, -1));
		}
	}

	private long[] shuffled(long[] ids) {
		long[] copy = ids.clone();
		for (int i = copy.length - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			long swap = copy[i];
			copy[i] = copy[j];
			copy[j] = swap;
		}
		return copy;
	}
}
