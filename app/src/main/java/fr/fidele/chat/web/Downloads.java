package fr.fidele.chat.web;

import java.nio.charset.StandardCharsets;

import fr.fidele.chat.ChatFiles.StoredFile;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file a customer sent, given back always as a download, never shown inline: its content is the sender's. */
final class Downloads {

	private Downloads() {
	}

	static ResponseEntity<byte[]> of(StoredFile file) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.filename(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff").body(file.content());
	}
}
