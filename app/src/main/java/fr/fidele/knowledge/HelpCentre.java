package fr.fidele.knowledge;

import java.util.Locale;
import java.util.regex.Pattern;

import fr.fidele.platform.InvalidFieldException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public help centre's name and colour: the company's, not Fidèle's, as its customers know it. */
@Service
public class HelpCentre {

	/** The name shown in the help centre's pages and the colour of its header and links (#rrggbb). */
	public record Settings(String name, String colour) {

		/** Black or white, whichever reads better on the colour (WCAG's relative luminance, contrast 4.5:1 or more). */
		public String textColour() {
			double luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
			// contrast with white (1.05 / (L + 0.05)) against contrast with black ((L + 0.05) / 0.05)
			return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.05 ? "#ffffff" : "#000000";
		}

		private double channel(int at) {
			double value = Integer.parseInt(colour.substring(at, at + 2), 16) / 255.0;
			return value <= 0.04045 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
		}
	}

	/** "Was this useful?" answers one address may give per hour: enough for a reader, too few to skew the figures. */
	public static final int ANSWERS_PER_HOUR = 30;

	private static final Pattern COLOUR = Pattern.compile("#[0-9a-f]{6}");
	private static final int NAME_LENGTH = 100;

	private final JdbcClient jdbc;

	HelpCentre(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Settings settings() {
		return jdbc.sql("select name, colour from help_centre where id = 1").query(Settings.class).single();
	}

	@Transactional
	public Settings save(Settings settings) {
		if (settings.name() == null || settings.name().isBlank()) {
			throw new InvalidFieldException("name", "required");
		}
		if (settings.name().length() > NAME_LENGTH) {
			throw new InvalidFieldException("name", "tooLong", NAME_LENGTH);
		}
		String colour = settings.colour() == null ? "" : settings.colour().strip().toLowerCase(Locale.ROOT);
		if (!COLOUR.matcher(colour).matches()) {
			throw new InvalidFieldException("colour", "colour", settings.colour());
		}
		jdbc.sql("update help_centre set name = ?, colour = ? where id = 1").params(settings.name().strip(), colour).update();
		return settings();
	}
}
