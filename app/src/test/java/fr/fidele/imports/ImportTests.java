package fr.fidele.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.support.ApiClient;
import fr.fidele.support.SharedData;
import fr.fidele.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@FideleTest
@ExtendWith(OutputCaptureExtension.class)
class ImportTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	JdbcClient jdbc;

	ApiClient admin;

	@BeforeEach
	void signIn() {
		admin = new ApiClient(port, people.create(Role.ADMIN).token());
	}

	@Test
	void telcoChurnImportsEveryCustomerWithTenureAndChurnAndTwiceChangesNothing() throws IOException {
		Path file = SharedData.file("telco-churn/Telco-Customer-Churn.csv");
		List<String> lines = Files.readAllLines(file);
		long churned = lines.stream().skip(1).filter(line -> line.endsWith(",Yes")).count();
		JsonNode report = admin.postBytes("/api/imports/telco-churn?fileName=telco.csv&asOf=2026-11-01", "text/csv",
				Files.readAllBytes(file)).json();
		assertThat(report.get("total").asInt()).isEqualTo(lines.size() - 1).isEqualTo(7043);
		assertThat(report.get("rejected").asInt()).isZero();
		assertThat(report.get("imported").asInt() + report.get("skipped").asInt()).isEqualTo(7043);

		String[] first = lines.get(1).split(",");
		JsonNode customer = admin.get("/api/customers/by-reference/" + first[0]).json();
		assertThat(customer.get("customerSince").asString())
			.isEqualTo(java.time.LocalDate.parse("2026-11-01").minusMonths(Integer.parseInt(first[5])).toString());
		assertThat(customer.get("monthlyValue").decimalValue()).isEqualByComparingTo(first[18]);
		assertThat(churned).isEqualTo(1869);

		JsonNode again = admin.postBytes("/api/imports/telco-churn?fileName=telco.csv&asOf=2026-11-01", "text/csv",
				Files.readAllBytes(file)).json();
		assertThat(again.get("imported").asInt()).isZero();
		assertThat(again.get("skipped").asInt()).isEqualTo(7043);
	}

	@Test
	void theBankCallLogImportsInOneGoAndReportsWhatItCleansOut(CapturedOutput output) throws IOException {
		Path file = SharedData.file("anonymous-bank-callcenter/data_anonymous_bank_february.txt");
		List<String[]> rows = Files.readAllLines(file).stream().skip(1).map(line -> line.split("\t")).toList();
		long phantom = rows.stream().filter(r -> r[12].equals("PHANTOM")).count();
		long servedByNobody = rows.stream().filter(r -> r[12].equals("AGENT") && r[16].strip().equals("NO_SERVER")).count();

		JsonNode report = admin.postBytes("/api/imports/bank-callcenter?fileName=bank.txt", "text/tab-separated-values",
				Files.readAllBytes(file)).json();
		assertThat(report.get("total").asInt()).isEqualTo(33_344);
		int imported = report.get("imported").asInt();
		int rejected = report.get("rejected").asInt();
		assertThat(imported + rejected).isEqualTo(33_344);
		List<String> reasons = report.get("rejections").findValuesAsString("reason");
		assertThat(reasons.stream().filter(r -> r.startsWith("PHANTOM")).count()).isEqualTo(phantom).isEqualTo(278);
		assertThat(reasons.stream().filter(r -> r.contains("NO_SERVER")).count()).isEqualTo(servedByNobody);
		assertThat(reasons).allMatch(r -> r.startsWith("PHANTOM") || r.contains("NO_SERVER") || r.startsWith("is before "));
		assertThat(report.get("rejections").get(0).get("line").asInt()).isGreaterThan(1);
		assertThat(output).as("the months of 1999 made before the import wrote its customers and advisors")
			.doesNotContain("could not be created now");
		assertThat(jdbc.sql("""
				select distinct c.tableoid::regclass::text from contact c where c.external_ref like 'anonymous-bank:%'
				union select distinct l.tableoid::regclass::text from contact_leg l join contact c
				    on c.id = l.contact_id and c.arrived_at = l.contact_arrived_at where c.external_ref like 'anonymous-bank:%'
				""").query(String.class).set())
			.as("past months get their partitions rather than waiting in the default ones")
			.allMatch(partition -> partition.matches("contact(_leg)?_1999_0[1-3]"))
			.contains("contact_1999_02", "contact_leg_1999_02");

		JsonNode again = admin.postBytes("/api/imports/bank-callcenter?fileName=bank.txt", "text/tab-separated-values",
				Files.readAllBytes(file)).json();
		assertThat(again.get("imported").asInt()).isZero();
		assertThat(again.get("skipped").asInt()).isEqualTo(imported);
	}

	@Test
	void aMappedCustomerFileKeepsGoodRowsAndReportsBadOnesByLine() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		String csv = """
				Référence;Nom;Courriel;Depuis;Segment;Valeur
				M%1$s-1;Marie Curie;marie.%1$s@exemple.fr;15/03/2021;premium;120,50
				M%1$s-2;Pierre Curie;pas-un-courriel;2021-03-15;PREMIUM;10
				M%1$s-3;Irène Joliot;irene.%1$s@exemple.fr;2099-01-01;RESIDENTIAL;10
				M%1$s-4;Ève Curie;eve.%1$s@exemple.fr;2022-01-01;GOLD;10
				M%1$s-1;Doublon;x.%1$s@exemple.fr;2022-01-01;PREMIUM;10
				M%1$s-6;Hélène Langevin;marie.%1$s@exemple.fr;2022-01-01;PREMIUM;10
				""".formatted(tag);
		String mapping = "reference=Référence,name=Nom,email=Courriel,customerSince=Depuis,segment=Segment,monthlyValue=Valeur";
		String path = "/api/imports/customers?mapping=" + java.net.URLEncoder.encode(mapping, StandardCharsets.UTF_8);
		JsonNode report = admin.postBytes(path, "text/csv", csv.getBytes(StandardCharsets.UTF_8)).json();
		assertThat(report.get("imported").asInt()).as(report.toString()).isEqualTo(1);
		assertThat(report.get("rejected").asInt()).isEqualTo(5);
		JsonNode rejections = report.get("rejections");
		assertThat(rejections.findValuesAsString("field")).containsExactly("identities", "Depuis", "Segment", "Référence", "identities");
		assertThat(rejections.findValues("line").stream().map(JsonNode::asInt).toList()).containsExactly(3, 4, 5, 6, 7);
		assertThat(admin.get("/api/customers/by-reference/M" + tag + "-1").json().get("monthlyValue").decimalValue())
			.isEqualByComparingTo("120.50");

		JsonNode again = admin.postBytes(path, "text/csv", csv.getBytes(StandardCharsets.UTF_8)).json();
		assertThat(again.get("imported").asInt()).isZero();
		assertThat(again.get("skipped").asInt()).isEqualTo(1);
	}

	@Test
	void aMappingThatDoesNotFitTheFileIsRefusedBeforeAnythingIsWritten() {
		ApiClient.Response response = admin.postBytes("/api/imports/customers?mapping=reference=Ref,customerSince=Nope",
				"text/csv", "Ref;Since\nZ-1;2020-01-01\n".getBytes(StandardCharsets.UTF_8));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("mapping");
		assertThat(admin.get("/api/customers/by-reference/Z-1").status()).isEqualTo(404);
	}

	@Test
	void aMappedContactFileNeedsKnownCustomersAndAdvisors() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		String advisor = people.create(Role.ADVISOR).username();
		admin.post("/api/customers", """
				{"reference":"K%s","name":"Noël Garcia","segment":"RESIDENTIAL","expertise":"NOVICE","customerSince":"2024-01-01"}"""
			.formatted(tag));
		String csv = """
				id,client,canal,debut,reponse,fin,conseiller,resolu
				%1$s-1,K%1$s,PHONE,2025-01-10 09:00:00,2025-01-10 09:02:00,2025-01-10 09:09:00,%2$s,oui
				%1$s-2,INCONNU,PHONE,2025-01-10 09:00:00,,,,
				%1$s-3,K%1$s,PHONE,2025-01-10 09:00:00,2025-01-10 08:00:00,,%2$s,
				%1$s-4,K%1$s,EMAIL,2025-01-11 09:00:00,,,personne,
				""".formatted(tag, advisor);
		String mapping = "externalRef=id,customerReference=client,channel=canal,arrivedAt=debut,answeredAt=reponse,"
				+ "endedAt=fin,advisor=conseiller,resolved=resolu";
		JsonNode report = admin.postBytes("/api/imports/contacts?mapping=" + java.net.URLEncoder.encode(mapping,
				StandardCharsets.UTF_8), "text/csv", csv.getBytes(StandardCharsets.UTF_8)).json();
		assertThat(report.get("imported").asInt()).isEqualTo(1);
		assertThat(report.get("rejections").findValuesAsString("field")).containsExactly("client", "reponse", "conseiller");
		long customerId = admin.get("/api/customers/by-reference/K" + tag).json().get("id").asLong();
		JsonNode contacts = admin.get("/api/customers/" + customerId + "/contacts").json();
		assertThat(contacts).hasSize(1);
		assertThat(contacts.at("/0/legs/0/advisorId").isNull()).isFalse();
		assertThat(contacts.at("/0/resolved").asBoolean()).isTrue();
	}
}
