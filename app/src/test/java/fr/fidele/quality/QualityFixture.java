package fr.fidele.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import fr.fidele.support.ApiClient;

/** Customers and answered contacts written through the API, for the quality tests. */
public final class QualityFixture {

	private final ApiClient writer;
	public final long customerId;

	public QualityFixture(ApiClient writer) {
		this.writer = writer;
		String reference = "Q-" + UUID.randomUUID().toString().substring(0, 8);
		this.customerId = writer.post("/api/customers", """
				{"reference":"%s","name":"Lise Caron","segment":"RESIDENTIAL","expertise":"NOVICE","customerSince":"2020-01-15"}"""
			.formatted(reference)).json().get("id").asLong();
	}

	/** A call answered at {@code at} and handled {@code seconds} by the advisors in turn, ended by {@code endedBy}. */
	public long call(Instant at, int seconds, String endedBy, String... advisors) {
		return call(at, seconds, endedBy, true, advisors);
	}

	/** A call as above, resolved or not. */
	public long call(Instant at, int seconds, String endedBy, boolean resolved, String... advisors) {
		StringBuilder legs = new StringBuilder();
		int share = seconds / advisors.length;
		for (int i = 0; i < advisors.length; i++) {
			legs.append(i == 0 ? "" : ",").append("""
					{"advisor":"%s","startedAt":"%s","endedAt":"%s","transferNote":%s}""".formatted(advisors[i], at.plusSeconds((long) share * i),
					at.plusSeconds((long) share * (i + 1)), i == advisors.length - 1 ? "null" : "\"Client identifié\""));
		}
		ApiClient.Response recorded = writer.post("/api/contacts", """
				{"customerId":%d,"channel":"PHONE","reasonCode":"BILLING","queue":"phone-fr","arrivedAt":"%s","queuedAt":"%s",
				 "answeredAt":"%s","endedAt":"%s","endedBy":"%s","identityVerified":true,"resolved":%s,"legs":[%s]}"""
			.formatted(customerId, at.minusSeconds(60), at.minusSeconds(60), at, at.plusSeconds((long) share * advisors.length), endedBy, resolved, legs));
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
		return recorded.json().get("id").asLong();
	}

	/** A grid of its own code with the criteria given as JSON objects. */
	public static String grid(String code, int passMark, String criteria) {
		return """
				{"code":"%s","nameFr":"Appels %s","nameEn":"Calls %s","channel":"PHONE","passMark":%d,"criteria":[%s]}"""
			.formatted(code, code, code, passMark, criteria);
	}

	public static String criterion(String label, int weight, String kind, Integer scaleMax, boolean critical) {
		return """
				{"sectionFr":"Écoute","sectionEn":"Listening","labelFr":"%s","labelEn":"%s","weight":%d,"kind":"%s","scaleMax":%s,"critical":%s}"""
			.formatted(label, label, weight, kind, scaleMax, critical);
	}

	public static String code() {
		return "Q" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
	}
}
