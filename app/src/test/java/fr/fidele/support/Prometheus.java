package fr.fidele.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a metric in what {@code /actuator/prometheus} answers. */
public final class Prometheus {

	private Prometheus() {
	}

	/** The metric's value (its first series, or the one with the label given as {@code name{label="value"}}); fails if it is not exposed. */
	public static double value(String exposition, String metric) {
		int brace = metric.indexOf('{');
		String series = brace < 0 ? Pattern.quote(metric) + "(?:\\{[^}]*\\})?"
				: Pattern.quote(metric.substring(0, brace)) + "\\{[^}]*" + Pattern.quote(metric.substring(brace + 1, metric.length() - 1)) + "[^}]*\\}";
		Matcher line = Pattern.compile("(?m)^" + series + " (\\S+)$").matcher(exposition);
		assertThat(line.find()).as(metric).isTrue();
		return Double.parseDouble(line.group(1));
	}

	/** The metric's value now, as an administrator reads it. */
	public static double value(ApiClient admin, String metric) {
		return value(admin.get("/actuator/prometheus").body(), metric);
	}
}
