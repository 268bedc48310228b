package fr.fidele.stories.web;

import java.security.Principal;

import fr.fidele.stories.Stories;
import fr.fidele.stories.StoryStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /stories/moderation}: the stories waiting, those the filter held first with its reasons; publish or refuse. */
@Controller
class StoryModerationPages {

	private static final int SHOWN = 100;

	private final Stories stories;

	StoryModerationPages(Stories stories) {
		this.stories = stories;
	}

	@GetMapping("/stories/moderation")
	String waiting(Model model) {
		model.addAttribute("stories", stories.waiting(SHOWN));
		return "stories/moderation";
	}

	@PostMapping("/stories/moderation/{id}")
	String decide(@PathVariable long id, @RequestParam StoryStatus decision, Principal moderator) {
		stories.decide(id, decision, moderator.getName());
		return "redirect:/stories/moderation";
	}
}
