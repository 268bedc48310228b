package fr.fidele.chat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells every instance that a conversation changed (a message, a "read", the end) or that someone types in it,
 * through PostgreSQL's LISTEN/NOTIFY: a notification sent in a transaction is delivered at its commit, never before
 * and never for a rollback, so a side woken always finds the message. Each instance keeps one connection listening
 * (outside the pool) and wakes its own open streams of that conversation. A notification lost while that connection is renewed is made
 * up by the streams, which also look every few seconds.
 */
@Component
public class ChatNotifications implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ChatNotifications.class);
	private static final String CHANNEL = "fidele_chat";
	private static final int WAIT_MS = 1_000;
	private static final Duration RETRY = Duration.ofSeconds(2);

	/** A change (a message, a mark, the end), or someone typing: what a stream is woken for. */
	public interface Listener {
		void changed();

		void typing(ChatMessages.Author who);
	}

	private final JdbcClient jdbc;
	private final DataSource dataSource;
	private final Map<Long, Set<Listener>> listeners = new ConcurrentHashMap<>();
	private volatile boolean running;
	private Thread thread;

	ChatNotifications(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	/** Told at the commit of the current transaction (or at once outside one). */
	void changed(long conversationId) {
		send(Long.toString(conversationId));
	}

	/** Someone types in the conversation: nothing is kept, the other side shows it for a few seconds. */
	public void typing(long conversationId, ChatMessages.Author who) {
		send(conversationId + ":" + who.name());
	}

	private void send(String payload) {
		jdbc.sql("select 1 from pg_notify(?, ?)").params(CHANNEL, payload).query(Integer.class).single();
	}

	/** Listens to one conversation until the returned action is run. */
	public Runnable listen(long conversationId, Listener listener) {
		listeners.computeIfAbsent(conversationId, id -> ConcurrentHashMap.newKeySet()).add(listener);
		return () -> listeners.computeIfPresent(conversationId, (id, set) -> {
			set.remove(listener);
			return set.isEmpty() ? null : set;
		});
	}

	@Override
	public void start() {
		running = true;
		thread = new Thread(this::run, "chat-notifications");
		thread.setDaemon(true);
		thread.start();
	}

	@Override
	public void stop() {
		running = false;
		if (thread != null) {
			thread.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private void run() {
		while (running) {
			try (Connection connection = listening()) {
				connection.setAutoCommit(true);
				try (Statement listen = connection.createStatement()) {
					listen.execute("listen " + CHANNEL);
				}
				// what changed while nobody listened is found by the streams' own look
				listeners.values().forEach(set -> set.forEach(Listener::changed));
				PGConnection postgres = connection.unwrap(PGConnection.class);
				while (running) {
					PGNotification[] notifications = postgres.getNotifications(WAIT_MS);
					if (notifications != null) {
						for (PGNotification notification : notifications) {
							deliver(notification.getParameter());
						}
					}
				}
			}
			catch (SQLException | RuntimeException failure) {
				if (running) {
					log.warn("Chat notifications interrupted, listening again in {}: {}", RETRY, failure.getMessage());
					pause();
				}
			}
		}
	}

	/**
	 * A connection of its own, outside the pool: held for as long as the application runs, a pooled one would be one
	 * fewer for the work that needs them all at once (the demo load's parallel copies).
	 */
	private Connection listening() throws SQLException {
		if (dataSource.isWrapperFor(HikariDataSource.class)) {
			HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
			return DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
		}
		return dataSource.getConnection();
	}

	private void deliver(String payload) {
		int colon = payload.indexOf(':');
		long conversationId = Long.parseLong(colon < 0 ? payload : payload.substring(0, colon));
		Set<Listener> those = listeners.get(conversationId);
		if (those == null) {
			return;
		}
		if (colon < 0) {
			those.forEach(Listener::changed);
		}
		else {
			ChatMessages.Author who = ChatMessages.Author.valueOf(payload.substring(colon + 1));
			those.forEach(listener -> listener.typing(who));
		}
	}

	private void pause() {
		try {
			Thread.sleep(RETRY.toMillis());
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}
}
