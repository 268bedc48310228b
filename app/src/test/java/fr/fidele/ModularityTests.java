package fr.fidele;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The business modules talk only through each other's base package, with no cycles, and each only to the modules
 * its package-info names in {@code allowedDependencies}. The survival library {@code fr.fidele.stats} and the case
 * file's definitions {@code fr.fidele.casefile} are separate Maven modules used as libraries (the Spark jobs use them
 * too), not application modules, so their packages are left out.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(FideleApplication.class,
			JavaClass.Predicates.resideInAnyPackage("fr.fidele.stats..", "fr.fidele.casefile.."));

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	/**
	 * Component diagrams (the whole and each module with its neighbours) and module canvases (API, events published
	 * and listened to, settings) in docs/modules, beside the hand-written table of who owns which table.
	 */
	@Test
	void writesModuleDocumentation() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("../docs/modules").withoutClean()).writeDocumentation();
	}
}
