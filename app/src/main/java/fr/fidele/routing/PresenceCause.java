package fr.fidele.routing;

/** Why an advisor's presence changed: their own choice, or what happened to their work. */
public enum PresenceCause {
	/** The advisor chose it in their workspace or through the API. */
	ADVISOR,
	/** An offer was not accepted in time: the advisor is set away until they come back. */
	OFFER_MISSED,
	/** The workspace gave no sign of life: the advisor is set offline, their items back in queue. */
	NO_SIGN_OF_LIFE,
	/** The advisor accepted a call offered to them. */
	OFFER_ACCEPTED,
	/** The switch connected a call to the advisor. */
	CALL_CONNECTED,
	/** The switch released a call the advisor had. */
	CALL_RELEASED,
	/** The call ended: wrap-up time. */
	CALL_ENDED,
	/** The contact ended in the workspace: wrap-up time. */
	CONTACT_ENDED,
	/** The contact was handed on or given back: the advisor is free. */
	CONTACT_DONE,
	/** The wrap-up is done: the advisor is free. */
	WRAP_UP_DONE
}
