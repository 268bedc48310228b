package fr.fidele.stories.web;

import java.time.Duration;
import java.util.Locale;

import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.NotFoundException;
import fr.fidele.platform.TooManyRequestsException;
import fr.fidele.platform.web.ClientRateLimit;
import fr.fidele.stories.BrandRanking;
import fr.fidele.stories.NewStory;
import fr.fidele.stories.Stories;
import fr.fidele.stories.Story;
import fr.fidele.stories.StoryTone;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public pages of the stories, without signing in: the brands ranked and the latest stories published; the form
 * to tell one (a few per address and hour); the author's private link to change theirs, which sends it back to
 * moderation. What customers wrote is shown as text, escaped.
 */
@Controller
class StoryPublicPages {

	private static final int LATEST = 20;

	private final Stories stories;
	private final BrandRanking ranking;
	private final ClientRateLimit limit = new ClientRateLimit(Stories.PER_ADDRESS_AND_HOUR, Duration.ofHours(1));

	StoryPublicPages(Stories stories, BrandRanking ranking) {
		this.stories = stories;
		this.ranking = ranking;
	}

	@GetMapping("/stories")
	String index(Model model) {
		model.addAttribute("brands", ranking.ranking()).addAttribute("stories", stories.published(LATEST)).addAttribute("enough",
				BrandRanking.ENOUGH);
		return "stories/index";
	}

	@GetMapping("/stories/new")
	String form(Model model) {
		model.addAttribute("tones", StoryTone.values());
		return "stories/form";
	}

	@PostMapping("/stories")
	String tell(@RequestParam(required = false) String brand, @RequestParam(required = false) StoryTone tone,
			@RequestParam(required = false) String title, @RequestParam(required = false) String body,
			@RequestParam(required = false) String authorName, @RequestParam(required = false) String authorEmail, HttpServletRequest request,
			HttpServletResponse response, Locale locale, Model model) {
		limit.require(request.getRemoteAddr());
		NewStory story = new NewStory(brand, tone, title, body, authorName, authorEmail, locale.getLanguage());
		try {
			Stories.Told told = stories.tell(story, request.getRemoteAddr());
			model.addAttribute("token", told.editToken());
			return "stories/told";
		}
		catch (InvalidFieldException refused) {
			return refused(story, null, refused, response, model);
		}
	}

	@GetMapping("/stories/mine/{token}")
	String mine(@PathVariable String token, HttpServletResponse response, Model model) {
		Story story = stories.mine(token).orElse(null);
		if (story == null) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "stories/unknown";
		}
		model.addAttribute("story", new NewStory(story.brand(), story.tone(), story.title(), story.body(), story.authorName(), null,
				story.language())).addAttribute("token", token).addAttribute("tones", StoryTone.values());
		return "stories/form";
	}

	@PostMapping("/stories/mine/{token}")
	String edit(@PathVariable String token, @RequestParam(required = false) String brand, @RequestParam(required = false) StoryTone tone,
			@RequestParam(required = false) String title, @RequestParam(required = false) String body,
			@RequestParam(required = false) String authorName, @RequestParam(required = false) String authorEmail, HttpServletRequest request,
			HttpServletResponse response, Locale locale, Model model) {
		limit.require(request.getRemoteAddr());
		NewStory story = new NewStory(brand, tone, title, body, authorName, authorEmail, locale.getLanguage());
		try {
			stories.edit(token, story, request.getRemoteAddr());
			model.addAttribute("token", token).addAttribute("edited", true);
			return "stories/told";
		}
		catch (NotFoundException unknown) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "stories/unknown";
		}
		catch (InvalidFieldException refused) {
			return refused(story, token, refused, response, model);
		}
	}

	private static String refused(NewStory story, String token, InvalidFieldException refused, HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("story", story).addAttribute("token", token).addAttribute("refused", refused).addAttribute("tones",
				StoryTone.values());
		return "stories/form";
	}

	/** Too many stories from one address: a page that says so, with when to try again. */
	@ExceptionHandler(TooManyRequestsException.class)
	String tooMany(TooManyRequestsException refused, HttpServletResponse response) {
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refused.retryAfterSeconds()));
		return "stories/tooMany";
	}
}
