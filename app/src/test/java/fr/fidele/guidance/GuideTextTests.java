package fr.fidele.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A supervisor's Markdown becomes steps with their branches, and never markup of its own. */
class GuideTextTests {

	@Test
	void theNumberedListIsTheStepsAndTheArrowedSubItemsTheirBranches() {
		GuideText text = GuideText.of("""
				Le client appelle pour **une coupure**.

				1. Demandez depuis quand.
				2. Le voyant est-il rouge ?
				   - Oui → 4
				   - Non -> 3
				   - une remarque sans flèche
				3. Faites redémarrer.
				4. Planifiez un technicien.

				Merci !""");

		assertThat(text.introHtml()).isEqualTo("<p>Le client appelle pour <strong>une coupure</strong>.</p>\n");
		assertThat(text.steps()).extracting(GuideText.Step::number).containsExactly(1, 2, 3, 4);
		GuideText.Step second = text.steps().get(1);
		assertThat(second.branches()).containsExactly(new GuideText.Branch("Oui", 4), new GuideText.Branch("Non", 3));
		assertThat(second.html()).contains("Le voyant est-il rouge ?").contains("une remarque sans flèche").doesNotContain("→");
		assertThat(text.closingHtml()).isEqualTo("<p>Merci !</p>\n");
	}

	@Test
	void rawHtmlIsShownAsTextAndUnsafeLinksLoseTheirTarget() {
		GuideText text = GuideText.of("1. <script>alert('x')</script>\n2. Voyez <img src=x onerror=alert(1)> [ici](javascript:alert) [là](https://exemple.fr)");

		String html = text.steps().get(0).html() + text.steps().get(1).html();
		assertThat(html).contains("&lt;script&gt;alert('x')&lt;/script&gt;").contains("&lt;img src=x onerror=alert(1)&gt;")
			.doesNotContain("<script").doesNotContain("<img").doesNotContain("href=\"javascript").contains("href=\"\">ici</a>")
			.contains("href=\"https://exemple.fr\">là</a>");
	}

	@Test
	void aTextWithoutANumberedListHasNoStep() {
		assertThat(GuideText.of("- une puce\n- une autre").steps()).isEmpty();
	}
}
