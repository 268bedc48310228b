package fr.fidele.ui;

import java.util.Map;

/** Names of advisors and labels of reasons for the records a page shows, looked up once per page. */
record Labels(Map<Long, String> advisors, Map<String, String> reasons) {

	public String advisorName(Long id) {
		return id == null ? "" : advisors.getOrDefault(id, "#" + id);
	}

	public String reasonLabel(String code) {
		return reasons.getOrDefault(code, code);
	}
}
