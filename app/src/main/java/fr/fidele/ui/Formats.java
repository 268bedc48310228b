package fr.fidele.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Dates, times and amounts as the reader's language writes them; templates call it as {@code @formats}. */
@Component("formats")
public class Formats {

	private final ZoneId zone = ZoneId.of("Europe/Paris");

	public String date(LocalDate date) {
		return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()));
	}

	public String dateTime(Instant instant) {
		return instant == null ? ""
				: instant.atZone(zone).format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale()));
	}

	public String money(BigDecimal amount) {
		if (amount == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getCurrencyInstance(locale());
		format.setCurrency(Currency.getInstance("EUR"));
		return format.format(amount);
	}

	/** A duration in its largest sensible units: "42 s", "3 min 20 s", "2 h 05", "3 j 4 h" (French) or "3 d 4 h". */
	public String duration(Double seconds) {
		if (seconds == null) {
			return "";
		}
		long total = Math.round(seconds);
		boolean french = "fr".equals(locale().getLanguage());
		if (total < 60) {
			return total + " s";
		}
		if (total < 3_600) {
			return total / 60 + " min " + total % 60 + " s";
		}
		if (total < 86_400) {
			return total / 3_600 + " h " + String.format("%02d", total % 3_600 / 60);
		}
		return total / 86_400 + (french ? " j " : " d ") + total % 86_400 / 3_600 + " h";
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
