package fr.fidele.routing;

import fr.fidele.casefile.Channel;

/**
 * Channels share an advisor's capacity by kind: one voice conversation at a time, a few chats, more written
 * messages (each advisor has slots per kind). The database groups them the same way to count an advisor's held
 * items (function {@code channel_kind}, migration V10).
 */
enum ChannelKind {
	VOICE, CHAT, WRITTEN;

	static ChannelKind of(Channel channel) {
		return switch (channel) {
			case PHONE, CALLBACK, IN_PERSON -> VOICE;
			case CHAT, SOCIAL -> CHAT;
			case EMAIL, WEB_FORM -> WRITTEN;
			case SELF_SERVICE -> throw new IllegalArgumentException("a self-service contact is never routed");
		};
	}
}
