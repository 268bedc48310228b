package fr.fidele.platform;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jsoup.Jsoup;

/**
 * What staff write in Markdown (guides, articles) made into HTML by commonmark with raw HTML escaped and unsafe links
 * (javascript:, data:) removed: whatever is typed, the result holds only the markup Markdown itself produces, so pages
 * may show it unescaped. Also as plain text, for a search snippet or a page's description.
 */
public final class Markdown {

	private static final Parser PARSER = Parser.builder().build();
	private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
	private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

	private Markdown() {
	}

	public static Node parse(String markdown) {
		return PARSER.parse(markdown == null ? "" : markdown);
	}

	public static String html(Node node) {
		return HTML.render(node);
	}

	public static String html(String markdown) {
		return html(parse(markdown));
	}

	public static String text(Node node) {
		return TEXT.render(node);
	}

	/** The words without markup, white space collapsed, cut at a word before {@code most} characters (with "…"). */
	public static String excerpt(String markdown, int most) {
		// the words as a reader sees them: no link's address, no markup
		String text = Jsoup.parse(html(markdown)).text();
		if (text.length() <= most) {
			return text;
		}
		int cut = text.lastIndexOf(' ', most - 1);
		return text.substring(0, cut > 0 ? cut : most - 1) + "…";
	}
}
