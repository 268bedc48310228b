package fr.fidele.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.casefile.Channel;
import fr.fidele.customers.Expertise;
import fr.fidele.casefile.Segment;
import fr.fidele.support.ApiClient;
import fr.fidele.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Guides written, approved by a second person and chosen for a customer and a moment, through the API: a version is
 * live only once someone other than its author approved it; a refused version names its field and writes nothing; the
 * expert is given the expert's words, and a customer about to leave the retention guide.
 */
@FideleTest
class GuidanceTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	GuideChoice choice;

	static String unique(String prefix) {
		return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
	}

	/** A reason of its own, so that the other tests' guides do not answer it. */
	String reason(ApiClient admin) {
		String code = unique("R");
		assertThat(admin.post("/api/reasons", """
				{"code":"%s","labelFr":"Essai %s","labelEn":"Test %s","position":90,"active":true}""".formatted(code, code, code)).status())
			.isEqualTo(200);
		return code;
	}

	static String guide(ApiClient supervisor, String code, String reason, String situation) {
		String body = """
				{"code":"%s","titleFr":"Guide %s","titleEn":"Guide %s","reasonCode":%s,"situation":%s}"""
			.formatted(code, code, code, reason == null ? "null" : "\"" + reason + "\"", situation == null ? "null" : "\"" + situation + "\"");
		assertThat(supervisor.post("/api/guides", body).status()).isEqualTo(201);
		return code;
	}

	static final String VARIANTS = """
			{"changeNote":"première","variants":[
			 {"expertise":"NOVICE","language":"fr","body":"1. Expliquez simplement.\\n2. Vérifiez.\\n   - Oui → 1"},
			 {"expertise":"EXPERT","language":"fr","body":"1. Allez droit au diagnostic.\\n2. Confirmez."},
			 {"expertise":"INTERMEDIATE","language":"en","body":"1. Ask what was tried.\\n2. Confirm."}]}""";

	@Test
	void aVersionGoesLiveOnlyOnceSomeoneOtherThanItsAuthorApprovesItAndRetiresTheOneBefore() {
		ApiClient author = new ApiClient(port, people.create(Role.SUPERVISOR).token());
		ApiClient second = new ApiClient(port, people.create(Role.SUPERVISOR).token());
		String code = guide(author, unique("G"), reason(new ApiClient(port, people.create(Role.ADMIN).token())), null);

		assertThat(author.post("/api/guides/" + code + "/versions", VARIANTS).json().get("status").asString()).isEqualTo("DRAFT");
		assertThat(second.post("/api/guides/" + code + "/versions/1/approval", "").status()).as("a draft is proposed first").isEqualTo(409);
		assertThat(author.post("/api/guides/" + code + "/versions/1/proposal", "").json().get("status").asString()).isEqualTo("PROPOSED");
		ApiClient.Response own = author.post("/api/guides/" + code + "/versions/1/approval", "");
		assertThat(own.status()).isEqualTo(409);
		assertThat(own.body()).contains("someone other than its author");
		assertThat(second.post("/api/guides/" + code + "/versions/1/approval", "").json().get("status").asString()).isEqualTo("LIVE");

		author.post("/api/guides/" + code + "/versions", VARIANTS);
		author.post("/api/guides/" + code + "/versions/2/proposal", "");
		second.post("/api/guides/" + code + "/versions/2/approval", "");
		JsonNode versions = author.get("/api/guides/" + code).json().get("versions");
		assertThat(versions.get(0).get("status").asString()).isEqualTo("LIVE");
		assertThat(versions.get(1).get("status").asString()).isEqualTo("RETIRED");
		assertThat(versions.get(0).get("variants")).hasSize(3);
	}

	@Test
	void aVersionWithoutStepsOrWithABranchToNowhereIsRefusedNamingItsFieldAndNothingIsWritten() {
		ApiClient supervisor = new ApiClient(port, people.create(Role.SUPERVISOR).token());
		String code = guide(supervisor, unique("G"), null, null);

		ApiClient.Response noSteps = supervisor.post("/api/guides/" + code + "/versions", """
				{"variants":[{"expertise":"NOVICE","language":"fr","body":"Juste un paragraphe."}]}""");
		ApiClient.Response nowhere = supervisor.post("/api/guides/" + code + "/versions", """
				{"variants":[{"expertise":"NOVICE","language":"fr","body":"1. Oui ?\\n   - Oui → 7"}]}""");
		ApiClient.Response badCode = supervisor.post("/api/guides", """
				{"code":"bad code","titleFr":"x","titleEn":"x"}""");

		assertThat(noSteps.status()).isEqualTo(422);
		assertThat(noSteps.json().at("/errors/0/field").asString()).isEqualTo("variants[0].body");
		assertThat(nowhere.status()).isEqualTo(422);
		assertThat(nowhere.body()).contains("7");
		assertThat(badCode.json().at("/errors/0/field").asString()).isEqualTo("code");
		assertThat(supervisor.get("/api/guides/" + code).json().get("versions")).isEmpty();
	}

	@Test
	void theExpertGetsTheExpertsWordsAndACustomerAboutToLeaveTheRetentionGuide() {
		ApiClient admin = new ApiClient(port, people.create(Role.ADMIN).token());
		ApiClient author = new ApiClient(port, people.create(Role.SUPERVISOR).token());
		String reason = reason(admin);
		String byReason = guide(author, unique("G"), reason, null);
		String retention = guide(author, unique("G"), reason, "CHURN_RISK");
		for (String code : new String[] { byReason, retention }) {
			author.post("/api/guides/" + code + "/versions", VARIANTS);
			author.post("/api/guides/" + code + "/versions/1/proposal", "");
			admin.post("/api/guides/" + code + "/versions/1/approval", "");
		}

		GuideChoice.Chosen expert = choice.choose(new Moment(reason, Channel.PHONE, Segment.RESIDENTIAL, Expertise.EXPERT, "fr", Set.of())).orElseThrow();
		GuideChoice.Chosen novice = choice.choose(new Moment(reason, Channel.PHONE, Segment.RESIDENTIAL, Expertise.NOVICE, "fr", Set.of())).orElseThrow();
		GuideChoice.Chosen english = choice.choose(new Moment(reason, Channel.PHONE, Segment.RESIDENTIAL, Expertise.EXPERT, "en", Set.of())).orElseThrow();
		GuideChoice.Chosen leaving = choice.choose(new Moment(reason, Channel.PHONE, Segment.RESIDENTIAL, Expertise.EXPERT, "fr",
				EnumSet.of(Situation.CHURN_RISK))).orElseThrow();

		assertThat(expert.guide().code()).isEqualTo(byReason);
		assertThat(expert.variant().text().steps().get(0).html()).contains("Allez droit au diagnostic");
		assertThat(novice.variant().expertise()).isEqualTo(Expertise.NOVICE);
		assertThat(english.variant().language()).as("the English variant, though intermediate").isEqualTo("en");
		assertThat(leaving.guide().code()).isEqualTo(retention);
		assertThat(choice.choose(new Moment(unique("R"), Channel.PHONE, Segment.RESIDENTIAL, Expertise.EXPERT, "fr", Set.of())))
			.as("no guide answers an unknown reason").isEmpty();
	}
}
