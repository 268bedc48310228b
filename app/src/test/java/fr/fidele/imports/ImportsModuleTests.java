package fr.fidele.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import fr.fidele.ModuleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;

/** The imports module on its own: a file imported publishes what it wrote, rejected rows counted. */
@ModuleTest
class ImportsModuleTests {

	@Autowired
	Imports imports;

	@Test
	void anImportedFilePublishesItsCounts(Scenario scenario) {
		String prefix = "IMP-" + UUID.randomUUID().toString().substring(0, 6);
		byte[] file = ("""
				reference,name,segment,customer_since
				%1$s-1,Anne Morel,RESIDENTIAL,2024-02-01
				%1$s-2,Marc Roy,PREMIUM,2023-11-15
				%1$s-3,Zoé Blanc,UNKNOWN,2024-01-01
				""".formatted(prefix)).getBytes(StandardCharsets.UTF_8);
		Imports.Options options = new Imports.Options("reference=reference,name=name,segment=segment,customerSince=customer_since",
				LocalDate.of(2026, 11, 1), null);

		scenario.stimulate(() -> imports.run(ImportKind.CUSTOMERS, prefix + ".csv", file, options))
			.andWaitForEventOfType(ImportCompleted.class)
			.matching(completed -> completed.kind() == ImportKind.CUSTOMERS)
			.toArriveAndVerify((completed, report) -> {
				assertThat(completed.importId()).isEqualTo(report.id());
				assertThat(completed.imported()).isEqualTo(2);
				assertThat(completed.rejected()).isEqualTo(1);
			});
	}
}
