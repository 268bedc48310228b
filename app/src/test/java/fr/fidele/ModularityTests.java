package fr.fidele;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The business modules talk only through each other's base package, with no cycles. */
class ModularityTests {

	/**
	 * {@code fr.fidele.stats} is the framework-free statistics library (its own Maven module), whose public API spans
	 * its sub-packages ({@code measures}, {@code survival}); it sits under the base package but is not an application
	 * module, so Modulith would otherwise report every use of it as access to internals.
	 */
	private final ApplicationModules modules = ApplicationModules.of(FideleApplication.class,
			JavaClass.Predicates.resideInAPackage("fr.fidele.stats.."));

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}
}
