package fr.fidele.knowledge.web;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import fr.fidele.knowledge.Article;
import fr.fidele.knowledge.ArticleCategories;
import fr.fidele.knowledge.ArticleFeedback;
import fr.fidele.knowledge.ArticleSearch;
import fr.fidele.knowledge.Articles;
import fr.fidele.knowledge.Audience;
import fr.fidele.knowledge.HelpCentre;
import fr.fidele.knowledge.HelpCentreSignIn;
import fr.fidele.knowledge.KnowledgeProperties;
import fr.fidele.knowledge.Reader;
import fr.fidele.knowledge.SelfService;
import fr.fidele.platform.Markdown;
import fr.fidele.platform.TooManyRequestsException;
import fr.fidele.platform.web.ClientRateLimit;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * The public help centre, in the company's name and colour: its public articles by category, a search, each article
 * on a page of its own that a search engine can index (its language in the address, its title and description, the
 * other language named as an alternate), and "was this useful?" limited per address. Internal articles are not there.
 */
@Controller
class HelpCentrePages {

	/** The cookie that keeps a customer signed in on the help centre. */
	static final String SIGNED_IN = "fidele-help";
	private static final Pattern HELP_PAGE = Pattern.compile("/help(/[A-Za-z0-9_-]+)*");
	private static final int RESULTS = 20;
	private static final int DESCRIPTION = 160;

	private final Articles articles;
	private final ArticleSearch search;
	private final ArticleCategories categories;
	private final ArticleFeedback feedback;
	private final HelpCentre helpCentre;
	private final HelpCentreSignIn signIn;
	private final SelfService selfService;
	private final KnowledgeProperties settings;
	private final ClientRateLimit answers = new ClientRateLimit(HelpCentre.ANSWERS_PER_HOUR, Duration.ofHours(1));

	HelpCentrePages(Articles articles, ArticleSearch search, ArticleCategories categories, ArticleFeedback feedback, HelpCentre helpCentre,
			HelpCentreSignIn signIn, SelfService selfService, KnowledgeProperties settings) {
		this.signIn = signIn;
		this.selfService = selfService;
		this.settings = settings;
		this.articles = articles;
		this.search = search;
		this.categories = categories;
		this.feedback = feedback;
		this.helpCentre = helpCentre;
	}

	/**
	 * The language is the address's, not the reader's cookie: a search engine's robot has no cookie, and each language
	 * of an article is a page of its own. It is set for this request only.
	 */
	@ModelAttribute
	void language(@PathVariable(required = false) String lang, HttpServletRequest request, Model model) {
		String language = "en".equals(lang) ? "en" : "fr";
		request.setAttribute(CookieLocaleResolver.LOCALE_REQUEST_ATTRIBUTE_NAME, "en".equals(language) ? Locale.ENGLISH : Locale.FRENCH);
		model.addAttribute("language", language).addAttribute("centre", helpCentre.settings());
	}

	@GetMapping("/help")
	String home(Locale locale) {
		return "redirect:/help/" + ("en".equals(locale.getLanguage()) ? "en" : "fr");
	}

	@GetMapping("/help/{lang:fr|en}")
	String index(@PathVariable String lang, Model model) {
		Map<String, List<ArticleSearch.Found>> byCategory = articles.all(null, Audience.PUBLIC).stream()
			.collect(Collectors.groupingBy(Article::category, Collectors.mapping(article -> ArticleSearch.found(article, lang), Collectors.toList())));
		model.addAttribute("categories", categories.all().stream().filter(category -> byCategory.containsKey(category.code())).toList())
			.addAttribute("byCategory", byCategory).addAttribute("canonical", url("/help/" + lang));
		return "knowledge/help/index";
	}

	@GetMapping("/help/{lang:fr|en}/search")
	String search(@PathVariable String lang, @RequestParam(required = false) String q, Model model) {
		model.addAttribute("q", q).addAttribute("found", search.search(q, lang, true, null, RESULTS)).addAttribute("noindex", true);
		return "knowledge/help/search";
	}

	/**
	 * The company's site sends a customer it knows here with a signed link (HelpCentreSignIn); they stay signed in by a
	 * cookie of the help centre's own, then go on to {@code next}, a page of the help centre only (no open redirect).
	 */
	@GetMapping("/help/sign-in")
	String signIn(@RequestParam(required = false) String token, @RequestParam(required = false) String next, HttpServletRequest request,
			HttpServletResponse response) {
		Long customer = signIn.customerOfLink(token).orElse(null);
		if (customer == null) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			return "knowledge/help/signInRefused";
		}
		response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(SIGNED_IN, signIn.cookieFor(customer)).httpOnly(true)
			.secure(request.isSecure()).sameSite("Lax").path("/help").maxAge(settings.signedInFor()).build().toString());
		return "redirect:" + (next != null && HELP_PAGE.matcher(next).matches() ? next : "/help");
	}

	@GetMapping("/help/{lang:fr|en}/articles/{slug}")
	String article(@PathVariable String lang, @PathVariable String slug, @RequestParam(required = false) Boolean thanks,
			@CookieValue(name = SIGNED_IN, required = false) String signedIn, HttpServletResponse response, Model model) {
		Article article = articles.find(slug).filter(found -> found.audience() == Audience.PUBLIC).orElse(null);
		if (article == null) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "knowledge/help/unknown";
		}
		signIn.customerOfCookie(signedIn).ifPresent(customer -> selfService.read(customer, article, lang));
		String shown = article.languageFor(lang);
		model.addAttribute("article", article).addAttribute("shown", shown).addAttribute("title", article.title(shown))
			.addAttribute("html", Markdown.html(article.body(shown))).addAttribute("description", Markdown.excerpt(article.body(shown), DESCRIPTION))
			.addAttribute("category", categories.find(article.category()).orElseThrow()).addAttribute("thanks", Boolean.TRUE.equals(thanks))
			.addAttribute("canonical", url("/help/" + shown + "/articles/" + slug))
			.addAttribute("alternates", article.has("fr") && article.has("en")
					? Map.of("fr", url("/help/fr/articles/" + slug), "en", url("/help/en/articles/" + slug)) : Map.of());
		return "knowledge/help/article";
	}

	@PostMapping("/help/{lang:fr|en}/articles/{slug}/feedback")
	String answer(@PathVariable String lang, @PathVariable String slug, @RequestParam boolean useful, HttpServletRequest request) {
		answers.require(request.getRemoteAddr());
		Article article = articles.find(slug).filter(found -> found.audience() == Audience.PUBLIC).orElse(null);
		if (article != null) {
			feedback.answered(slug, lang, useful, Reader.CUSTOMER, null, null);
		}
		return "redirect:/help/" + lang + "/articles/" + slug + "?thanks=true";
	}

	/** The public articles for search engines, each language an address of its own, naming the other. */
	@GetMapping(path = "/help/sitemap.xml", produces = "application/xml")
	@ResponseBody
	String sitemap() {
		StringBuilder xml = new StringBuilder("""
				<?xml version="1.0" encoding="UTF-8"?>
				<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
				""");
		for (Article article : articles.all(null, Audience.PUBLIC)) {
			List<String> languages = List.of("fr", "en").stream().filter(article::has).toList();
			for (String language : languages) {
				xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(url("/help/" + language + "/articles/" + article.slug()))).append("</loc>")
					.append("<lastmod>").append(article.writtenAt().atOffset(ZoneOffset.UTC).toLocalDate()).append("</lastmod>");
				for (String alternate : languages.size() > 1 ? languages : List.<String>of()) {
					xml.append("<xhtml:link rel=\"alternate\" hreflang=\"").append(alternate).append("\" href=\"")
						.append(HtmlUtils.htmlEscape(url("/help/" + alternate + "/articles/" + article.slug()))).append("\"/>");
				}
				xml.append("</url>\n");
			}
		}
		return xml.append("</urlset>\n").toString();
	}

	@ExceptionHandler(TooManyRequestsException.class)
	String tooMany(TooManyRequestsException refused, HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refused.retryAfterSeconds()));
		model.addAttribute("centre", helpCentre.settings()).addAttribute("language", LocaleContextHolder.getLocale().getLanguage());
		return "knowledge/help/tooMany";
	}

	private static String url(String path) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString();
	}
}
