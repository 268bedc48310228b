package fr.fidele.platform.idempotency;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored fingerprints and responses of POST requests sent with an Idempotency-Key. */
@Repository
class IdempotentRequests {

	record Stored(String method, String path, byte[] requestHash, Integer status, String contentType,
			String location, byte[] body) {
	}

	private final JdbcClient jdbc;

	IdempotentRequests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Claims the key for this request; false when the key was already used. */
	boolean claim(String principal, String key, String method, String path, byte[] requestHash) {
		return jdbc.sql("""
				insert into idempotent_request (principal, key, method, path, request_hash)
				values (?, ?, ?, ?, ?) on conflict do nothing""")
			.params(principal, key, method, path, requestHash)
			.update() == 1;
	}

	Optional<Stored> find(String principal, String key) {
		return jdbc.sql("""
				select method, path, request_hash, status, content_type, location, body
				from idempotent_request where principal = ? and key = ?""")
			.params(principal, key)
			.query((rs, n) -> new Stored(rs.getString(1), rs.getString(2), rs.getBytes(3),
					(Integer) rs.getObject(4), rs.getString(5), rs.getString(6), rs.getBytes(7)))
			.optional();
	}

	void complete(String principal, String key, int status, String contentType, String location, byte[] body) {
		jdbc.sql("""
				update idempotent_request set status = ?, content_type = ?, location = ?, body = ?
				where principal = ? and key = ?""")
			.params(status, contentType, location, body, principal, key)
			.update();
	}

	/** Frees the key after a server failure so that the client's retry runs the request again. */
	void release(String principal, String key) {
		jdbc.sql("delete from idempotent_request where principal = ? and key = ?").params(principal, key).update();
	}
}
