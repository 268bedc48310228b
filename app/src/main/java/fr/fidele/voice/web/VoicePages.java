package fr.fidele.voice.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.fidele.loyalty.ThemeEffects;
import fr.fidele.platform.NotFoundException;
import fr.fidele.voice.CompanySentiment;
import fr.fidele.voice.Sentiment;
import fr.fidele.voice.TextSource;
import fr.fidele.voice.ThemeFigure;
import fr.fidele.voice.ThemeFigures;
import fr.fidele.voice.VerbatimSearch;
import fr.fidele.voice.Verbatims;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /voice}: the themes customers write about over the last 90 days (volume, trend, negative share, unhappy
 * answers with and without them) and a search of their words; {@code /voice/themes/{code}}: one theme, its twelve
 * months and its quotes, each leading to its customer's case file.
 */
@Controller
class VoicePages {

	private static final int PERIOD_DAYS = 90;
	private static final int QUOTES = 30;

	private final ThemeFigures figures;
	private final Verbatims verbatims;
	private final CompanySentiment sentiment;
	private final ThemeEffects themeEffects;
	private final Clock clock;

	VoicePages(ThemeFigures figures, Verbatims verbatims, CompanySentiment sentiment, ThemeEffects themeEffects, Clock clock) {
		this.figures = figures;
		this.verbatims = verbatims;
		this.sentiment = sentiment;
		this.themeEffects = themeEffects;
		this.clock = clock;
	}

	@GetMapping("/voice")
	String themes(@RequestParam(required = false) String q, @RequestParam(required = false) String sentiment, Model model) {
		model.addAttribute("themes", figures.over(PERIOD_DAYS));
		model.addAttribute("churn", churnByTheme());
		model.addAttribute("days", PERIOD_DAYS);
		model.addAttribute("classifiers", this.sentiment.choices());
		model.addAttribute("sentiments", Sentiment.values());
		model.addAttribute("q", q);
		Optional<Sentiment> feeling = parse(sentiment);
		model.addAttribute("sentiment", feeling.orElse(null));
		if (q != null && !q.isBlank()) {
			model.addAttribute("found", verbatims.find(new VerbatimSearch(q, null, feeling.orElse(null), null, null), QUOTES));
		}
		return "voice/themes";
	}

	@GetMapping("/voice/themes/{code}")
	String theme(@PathVariable String code, @RequestParam(required = false) String sentiment, Model model) {
		ThemeFigure theme = figures.over(PERIOD_DAYS).stream().filter(figure -> figure.topic().code().equals(code)).findFirst()
			.orElseThrow(() -> new NotFoundException("theme", code));
		Optional<Sentiment> feeling = parse(sentiment);
		model.addAttribute("theme", theme);
		model.addAttribute("churn", churnByTheme());
		model.addAttribute("days", PERIOD_DAYS);
		model.addAttribute("sentiments", Sentiment.values());
		model.addAttribute("sentiment", feeling.orElse(null));
		model.addAttribute("months", figures.months());
		model.addAttribute("quotes", verbatims.find(new VerbatimSearch(null, code, feeling.orElse(null), null,
				clock.instant().minus(Duration.ofDays(PERIOD_DAYS))), QUOTES));
		model.addAttribute("sources", TextSource.values());
		return "voice/theme";
	}

	/** Each theme's effect on churn (a row without effect: not enough departures yet), by code. */
	private Map<String, ThemeEffects.Row> churnByTheme() {
		return themeEffects.of().rows().stream().collect(Collectors.toMap(ThemeEffects.Row::topic, Function.identity()));
	}

	private static Optional<Sentiment> parse(String sentiment) {
		return Arrays.stream(Sentiment.values()).filter(value -> value.name().equals(sentiment)).findFirst();
	}
}
