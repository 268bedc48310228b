package fr.fidele.platform.web;

import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;

/** Names the JSON field an unreadable request body failed on, as {@code legs[1].startedAt}. */
final class JsonFieldPath {

	private JsonFieldPath() {
	}

	static String of(HttpMessageNotReadableException ex) {
		if (!(ex.getCause() instanceof JacksonException jackson) || jackson.getPath().isEmpty()) {
			return "body";
		}
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : jackson.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}
}
