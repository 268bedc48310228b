package fr.fidele.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import fr.fidele.contacts.CaseStatus;
import fr.fidele.contacts.ContactBulkLoad;

/** One simulated customer's cases, one per reason at a time, attached as {@code CaseAttachmentPolicy} attaches contacts. */
final class SimulatedCases {

	private static final long DAY = 86_400;
	private static final int REOPEN_WINDOW_DAYS = 7;

	private final long customerId;
	private final LongSupplier newCaseId;
	private final Map<String, CaseState> byReason = new HashMap<>();
	private final List<CaseState> all = new ArrayList<>();

	SimulatedCases(long customerId, LongSupplier newCaseId) {
		this.customerId = customerId;
		this.newCaseId = newCaseId;
	}

	boolean isNewCase(String reason, long at) {
		CaseState current = byReason.get(reason);
		return current == null || !joins(current, at);
	}

	/** Follows {@code CaseAttachmentPolicy}: join the unresolved case, reopen a recent one, or open one. */
	long attach(String reason, long at, Boolean resolved, long advisorId) {
		CaseState current = byReason.get(reason);
		if (current == null || !joins(current, at)) {
			current = new CaseState(newCaseId.getAsLong(), reason, at, advisorId);
			byReason.put(reason, current);
			all.add(current);
		}
		else if (current.status == CaseStatus.RESOLVED) {
			current.status = CaseStatus.REOPENED;
			current.resolvedAt = -1;
		}
		if (Boolean.TRUE.equals(resolved)) {
			current.status = CaseStatus.RESOLVED;
			current.resolvedAt = at;
		}
		current.owner = advisorId;
		return current.id;
	}

	void write(DemoRows rows, Map<String, String> subjects) throws Exception {
		for (CaseState c : all) {
			rows.supportCase(new ContactBulkLoad.CaseRow(c.id, customerId, c.reason, subjects.get(c.reason), c.status, c.owner,
					Instant.ofEpochSecond(c.openedAt), c.resolvedAt < 0 ? null : Instant.ofEpochSecond(c.resolvedAt)));
		}
	}

	private static boolean joins(CaseState current, long at) {
		return current.status != CaseStatus.RESOLVED || at - current.resolvedAt <= REOPEN_WINDOW_DAYS * DAY;
	}

	private static final class CaseState {

		final long id;
		final String reason;
		final long openedAt;
		CaseStatus status = CaseStatus.OPEN;
		long resolvedAt = -1;
		long owner;

		CaseState(long id, String reason, long openedAt, long owner) {
			this.id = id;
			this.reason = reason;
			this.openedAt = openedAt;
			this.owner = owner;
		}
	}
}
