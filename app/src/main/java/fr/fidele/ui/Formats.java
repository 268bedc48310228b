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

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
