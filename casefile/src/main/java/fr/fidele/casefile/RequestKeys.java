package fr.fidele.casefile;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The request each contact is about, which the resolution and repeat measures follow: its case, or else its customer
 * and reason as a negative number no case id takes (the loyalty module's SQL {@code ContactScope.REQUEST_KEY});
 * {@link #NONE} for an unidentified caller outside any case, who cannot be followed.
 */
public final class RequestKeys implements Serializable {

	private static final long serialVersionUID = 1L;

	/** No request: an unidentified caller outside any case. */
	public static final long NONE = Long.MIN_VALUE;

	private final Map<String, Integer> ranks = new HashMap<>();
	private final long reasonCountPlusOne;

	/** Keys numbering the reasons {@code codes} from 1 in their order, 0 being none or a reason not listed. */
	public RequestKeys(List<String> codes) {
		for (int i = 0; i < codes.size(); i++) {
			ranks.put(codes.get(i), i + 1);
		}
		this.reasonCountPlusOne = codes.size() + 1L;
	}

	/** The request of {@code row}. */
	public long of(ContactRow row) {
		if (row.caseId != ContactRow.NONE) {
			return row.caseId;
		}
		if (row.customerId == ContactRow.NONE) {
			return NONE;
		}
		int rank = row.reasonCode == null ? 0 : ranks.getOrDefault(row.reasonCode, 0);
		return -(row.customerId * reasonCountPlusOne + rank) - 1;
	}
}
