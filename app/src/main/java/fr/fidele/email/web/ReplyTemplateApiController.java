package fr.fidele.email.web;

import java.util.List;

import fr.fidele.email.ReplyTemplate;
import fr.fidele.email.ReplyTemplates;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/reply-templates")
@Tag(name = "E-mail")
class ReplyTemplateApiController {

	private final ReplyTemplates templates;

	ReplyTemplateApiController(ReplyTemplates templates) {
		this.templates = templates;
	}

	/** A template: its name, the reason it answers (null: any), its language (fr, en) and its text with its fields. */
	record NewReplyTemplate(String name, String reasonCode, String language, String body) {
	}

	@GetMapping
	@Operation(summary = "Every reply template")
	List<ReplyTemplate> all() {
		return templates.all();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a reply template; its body may use {prenom}/{first_name}, {conseiller}/{advisor}, {dossier}/{case}")
	ReplyTemplate add(@RequestBody NewReplyTemplate template) {
		return templates.add(template.name(), template.reasonCode(), template.language(), template.body());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a reply template")
	void delete(@PathVariable long id) {
		templates.delete(id);
	}
}
