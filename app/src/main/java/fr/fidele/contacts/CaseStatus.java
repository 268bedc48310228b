package fr.fidele.contacts;

import java.util.EnumSet;
import java.util.Set;

/** Where a customer's request stands, and which moves between states make sense. */
public enum CaseStatus {
	OPEN, WAITING, RESOLVED, CLOSED, REOPENED;

	public boolean unresolved() {
		return this == OPEN || this == WAITING || this == REOPENED;
	}

	public Set<CaseStatus> next() {
		return switch (this) {
			case OPEN, REOPENED -> EnumSet.of(WAITING, RESOLVED, CLOSED);
			case WAITING -> EnumSet.of(OPEN, RESOLVED, CLOSED);
			case RESOLVED -> EnumSet.of(REOPENED, CLOSED);
			case CLOSED -> EnumSet.of(REOPENED);
		};
	}
}
