package fr.fidele.routing;

import java.util.Arrays;
import java.util.stream.Collectors;

import fr.fidele.contacts.Channel;

/**
 * Channels share an advisor's capacity by kind: one voice conversation at a time, a few chats, more written
 * messages (each advisor has slots per kind).
 */
enum ChannelKind {
	VOICE, CHAT, WRITTEN;

	/** The channels of this kind as an SQL list of literals, for queries that count an advisor's slots. */
	String sqlChannels() {
		return Arrays.stream(Channel.values()).filter(channel -> of(channel) == this).map(channel -> "'" + channel.name() + "'")
			.collect(Collectors.joining(", "));
	}

	static ChannelKind of(Channel channel) {
		return switch (channel) {
			case PHONE, CALLBACK, IN_PERSON -> VOICE;
			case CHAT, SOCIAL -> CHAT;
			case EMAIL, WEB_FORM -> WRITTEN;
		};
	}
}
