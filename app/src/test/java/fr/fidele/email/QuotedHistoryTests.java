package fr.fidele.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The history and signature that mail software adds are folded away from the customer's own words, as Gmail,
 * Outlook, Apple Mail and Thunderbird write them in French and English; a point-by-point answer between quotes keeps
 * its quotes in view.
 */
class QuotedHistoryTests {

	@Test
	void gmailInFrenchWithANoBreakSpaceAndAWrappedAttribution() {
		EmailMessage answer = message("""
				Merci, c'est réglé.

				Le lun. 30 nov. 2026 à 10:02, Service client <
				aide@exemple.fr> a écrit\u00a0:
				> Bonjour Madame Martin,
				> pouvez-vous redémarrer la box ?
				""");
		assertThat(answer.fresh()).isEqualTo("Merci, c'est réglé.");
		assertThat(answer.folded()).startsWith("Le lun. 30 nov. 2026").endsWith("redémarrer la box ?");
	}

	@Test
	void gmailAndAppleMailInEnglish() {
		assertThat(message("Thanks!\r\n\r\nOn Mon, Nov 30, 2026 at 10:02 AM Support <help@example.com> wrote:\r\n> Hello\r\n").fresh())
			.isEqualTo("Thanks!");
		assertThat(message("Got it.\n\nOn 30 Nov 2026, at 10:02, Support <help@example.com> wrote:\n\n> Hello\n").folded())
			.startsWith("On 30 Nov 2026");
	}

	@Test
	void outlookWithAndWithoutItsSeparator() {
		EmailMessage headers = message("""
				Bonjour,
				Toujours rien reçu.

				De : Service client <aide@exemple.fr>
				Envoyé : lundi 30 novembre 2026 10:02
				À : Léa Martin
				Objet : Votre commande
				""");
		assertThat(headers.fresh()).isEqualTo("Bonjour,\nToujours rien reçu.");
		assertThat(headers.folded()).startsWith("De : Service client");
		assertThat(message("Voir ci-dessous.\n\n-----Message d'origine-----\nDe : aide@exemple.fr\n").fresh()).isEqualTo("Voir ci-dessous.");
		assertThat(message("See below.\n________________________________\nFrom: help@example.com\n").fresh()).isEqualTo("See below.");
	}

	@Test
	void theSignatureAfterItsSeparatorIsFolded() {
		EmailMessage signed = message("Ma facture est fausse.\n-- \nLéa Martin\n06 12 34 56 78\n");
		assertThat(signed.fresh()).isEqualTo("Ma facture est fausse.");
		assertThat(signed.folded()).isEqualTo("-- \nLéa Martin\n06 12 34 56 78");
	}

	@Test
	void answersBetweenQuotesStayInViewAndOnlyTheSignatureIsFolded() {
		EmailMessage inline = message("""
				Bonjour,
				> Votre numéro client ?
				12345
				> Votre adresse ?
				3 rue des Lilas
				-- \nLéa
				""");
		assertThat(inline.fresh()).contains("> Votre numéro client ?", "12345", "3 rue des Lilas").doesNotContain("Léa");
		assertThat(inline.folded()).isEqualTo("-- \nLéa");
	}

	@Test
	void aMessageWithoutHistoryOrMadeOnlyOfAQuoteKeepsEverythingInView() {
		String plain = "Le colis n'est pas arrivé.\nMon voisin a écrit :\nrien reçu non plus.";
		assertThat(message(plain).fresh()).isEqualTo(plain);
		assertThat(message(plain).folded()).isEmpty();
		assertThat(message("> Bonjour\n> Votre colis part demain.\n").folded()).isEmpty();
		assertThat(message(null).folded()).isEmpty();
	}

	private static EmailMessage message(String text) {
		return new EmailMessage(1, 1, "INBOUND", "lea@exemple.fr", "aide@exemple.fr", "Re: commande", Instant.EPOCH, text, null, null, null, null,
				null, List.of());
	}
}
