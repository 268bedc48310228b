package fr.fidele.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import fr.fidele.ModuleTest;
import fr.fidele.imports.ImportCompleted;
import fr.fidele.imports.ImportKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;

/** The loyalty module with the modules it reads: an import that wrote rows has the figures computed again at once. */
@ModuleTest
class LoyaltyModuleTests {

	@Autowired
	LoyaltyRefresh refresh;

	@Test
	void anImportWithRowsRefreshesTheFigures(Scenario scenario) {
		assertThat(refresh.lastRun()).isEmpty();

		scenario.publish(new ImportCompleted(1, ImportKind.CONTACTS, 12, 0, 1))
			.andWaitAtMost(Duration.ofMinutes(1))
			.forStateChange(refresh::lastRun, ran -> ran.isPresent())
			.andVerify(ran -> assertThat(ran).isPresent());
	}
}
