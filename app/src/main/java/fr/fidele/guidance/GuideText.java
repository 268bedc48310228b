package fr.fidele.guidance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.fidele.platform.Markdown;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;

/**
 * A guide's variant as supervisors write it, in Markdown: an introduction, then its steps as a numbered list (what to
 * ask, check, offer, avoid), then anything after. A step branches on the customer's answer with sub-items written
 * {@code answer → 4} (or {@code ->}): the workspace shows them as buttons that lead to that step. Rendered by
 * {@link Markdown}: what a supervisor types is never markup.
 */
public record GuideText(String introHtml, List<Step> steps, String closingHtml) {

	/** A step: its number (from 1), its words as HTML, and the answers it branches on. */
	public record Step(int number, String html, List<Branch> branches) {
	}

	/** "If the customer answers this, go to that step." */
	public record Branch(String answer, int toStep) {
	}

	private static final Pattern BRANCH = Pattern.compile("^(.{1,200}?)\\s*(?:→|->)\\s*(\\d{1,3})$");

	/** Reads a variant's Markdown; a branch to a step that does not exist is refused by {@link GuideRules}. */
	public static GuideText of(String markdown) {
		Node document = Markdown.parse(markdown);
		StringBuilder intro = new StringBuilder();
		StringBuilder closing = new StringBuilder();
		List<Step> steps = new ArrayList<>();
		Node node = document.getFirstChild();
		while (node != null) {
			Node next = node.getNext();
			if (steps.isEmpty() && node instanceof OrderedList list) {
				steps.addAll(steps(list));
			}
			else {
				(steps.isEmpty() ? intro : closing).append(Markdown.html(node));
			}
			node = next;
		}
		return new GuideText(intro.toString(), List.copyOf(steps), closing.toString());
	}

	/** The step numbered {@code number}, if any. */
	public java.util.Optional<Step> step(int number) {
		return number >= 1 && number <= steps.size() ? java.util.Optional.of(steps.get(number - 1)) : java.util.Optional.empty();
	}

	private static List<Step> steps(OrderedList list) {
		List<Step> steps = new ArrayList<>();
		for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
			List<Branch> branches = new ArrayList<>();
			for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
				if (child instanceof ListBlock nested) {
					takeBranches(nested, branches);
				}
			}
			StringBuilder html = new StringBuilder();
			for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
				if (!(child instanceof ListBlock nested && nested.getFirstChild() == null)) {
					html.append(Markdown.html(child));
				}
			}
			steps.add(new Step(steps.size() + 1, html.toString(), List.copyOf(branches)));
		}
		return steps;
	}

	/** The words of a list item (the renderer writes nothing for an item outside its list). */
	private static String text(Node item) {
		StringBuilder text = new StringBuilder();
		for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
			text.append(Markdown.text(child));
		}
		return text.toString().strip();
	}

	/** Moves the sub-items that are branches out of the list, into {@code branches}. */
	private static void takeBranches(ListBlock nested, List<Branch> branches) {
		Node sub = nested.getFirstChild();
		while (sub != null) {
			Node next = sub.getNext();
			Matcher branch = sub instanceof ListItem ? BRANCH.matcher(text(sub)) : null;
			if (branch != null && branch.matches()) {
				branches.add(new Branch(branch.group(1).strip(), Integer.parseInt(branch.group(2))));
				sub.unlink();
			}
			sub = next;
		}
	}
}
