package fr.fidele.guidance;

/** Where a guide's version stands: written, put forward for approval, live (one per guide), replaced, or refused. */
public enum VersionStatus {
	DRAFT, PROPOSED, LIVE, RETIRED, REFUSED
}
