package fr.fidele.routing.cti;

import java.util.Arrays;
import java.util.Optional;

/** The events a telephone switch sends about a call, by their name on the wire. */
enum CallEventType {
	OFFERED("call.offered"), QUEUED("call.queued"), ANSWERED("call.answered"), TRANSFERRED("call.transferred"),
	HELD("call.held"), RESUMED("call.resumed"), ENDED("call.ended"), CALLBACK_REQUESTED("callback.requested"), SURVEYED("call.surveyed");

	private final String wire;

	CallEventType(String wire) {
		this.wire = wire;
	}

	String wire() {
		return wire;
	}

	static Optional<CallEventType> fromWire(String name) {
		return Arrays.stream(values()).filter(type -> type.wire.equals(name)).findFirst();
	}
}
