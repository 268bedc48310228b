package fr.fidele.stories.web;

import java.security.Principal;
import java.util.List;

import fr.fidele.stories.BrandRanking;
import fr.fidele.stories.Stories;
import fr.fidele.stories.Story;
import fr.fidele.stories.StoryStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/stories")
@Tag(name = "Stories", description = "Customers' stories with brands: moderation (the filter's held stories with their reasons) and the brand ranking")
class StoryApiController {

	private static final int SHOWN = 200;

	/** A moderator's decision: PUBLISHED or REJECTED. */
	record Decision(StoryStatus decision) {
	}

	private final Stories stories;
	private final BrandRanking ranking;

	StoryApiController(Stories stories, BrandRanking ranking) {
		this.stories = stories;
		this.ranking = ranking;
	}

	@GetMapping("/waiting")
	@Operation(summary = "The stories waiting for a moderator, those the disguised-advertising filter held first, with its reasons")
	List<Story> waiting() {
		return stories.waiting(SHOWN);
	}

	@PostMapping("/{id}/decision")
	@Operation(summary = "Publishes (PUBLISHED) or refuses (REJECTED) a story")
	Story decide(@PathVariable long id, @RequestBody Decision decision, Principal moderator) {
		return stories.decide(id, decision.decision(), moderator.getName());
	}

	@GetMapping("/ranking")
	@Operation(summary = "The brands ranked by their published stories: good share with its 95% Wilson interval and the number of stories, ranked by the lower bound; fewer than five stories: unranked")
	List<BrandRanking.Brand> ranking() {
		return ranking.ranking();
	}
}
