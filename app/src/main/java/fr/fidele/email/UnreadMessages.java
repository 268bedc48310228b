package fr.fidele.email;

import java.util.ArrayList;
import java.util.List;

/**
 * The messages of a folder not read yet, by UID in the order they came, with their sizes, listed once per read: the
 * read then goes through them in batches, each at most {@code count} messages and {@code bytes} bytes (a message
 * larger than that makes a batch alone), so that a mailbox of large attachments never fills the memory.
 *
 * @param validity the folder's UIDVALIDITY when listed: the UIDs mean something only with it
 */
record UnreadMessages(long validity, List<Unread> messages) {

	/** One message waiting: its UID and its size in bytes, as the server tells them. */
	record Unread(long uid, long size) {
	}

	UnreadMessages {
		messages = List.copyOf(messages);
	}

	List<List<Unread>> batches(int count, long bytes) {
		List<List<Unread>> batches = new ArrayList<>();
		List<Unread> batch = new ArrayList<>();
		long size = 0;
		for (Unread message : messages) {
			if (!batch.isEmpty() && (batch.size() == count || size + message.size() > bytes)) {
				batches.add(batch);
				batch = new ArrayList<>();
				size = 0;
			}
			batch.add(message);
			size += message.size();
		}
		if (!batch.isEmpty()) {
			batches.add(batch);
		}
		return batches;
	}
}
