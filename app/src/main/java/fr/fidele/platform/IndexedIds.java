package fr.fidele.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;

/**
 * What a Lucene search of Fidèle's finds: the ids its documents store in their {@code id} field (the rows of the
 * database they index), best first. Each index holds words, not texts: what is shown is read from the database.
 */
public final class IndexedIds {

	/** The stored field naming the database row of a document. */
	public static final String ID = "id";

	private IndexedIds() {
	}

	public static List<Long> search(SearcherManager searchers, Query query, int most) {
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				List<Long> ids = new ArrayList<>();
				for (ScoreDoc hit : searcher.search(query, most).scoreDocs) {
					ids.add(Long.parseLong(searcher.storedFields().document(hit.doc).get(ID)));
				}
				return ids;
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
