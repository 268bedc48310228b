package fr.fidele.privacy.web;

import fr.fidele.platform.ExplainedException;
import fr.fidele.platform.Explanations;
import fr.fidele.privacy.PersonalDataErasure;
import fr.fidele.privacy.PersonalDataExport;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A customer's personal data as an administrator handles a request from them: everything shown on one page, the same
 * as a JSON file to hand over, and the erasure with its reason.
 */
@Controller
class PersonalDataPages {

	private final PersonalDataExport export;
	private final PersonalDataErasure erasure;
	private final Explanations explanations;

	PersonalDataPages(PersonalDataExport export, PersonalDataErasure erasure, Explanations explanations) {
		this.export = export;
		this.erasure = erasure;
		this.explanations = explanations;
	}

	@GetMapping("/customers/{id}/personal-data")
	String page(@PathVariable long id, Model model) {
		model.addAttribute("data", export.export(id));
		return "privacy/personal-data";
	}

	@GetMapping("/customers/{id}/personal-data.json")
	ResponseEntity<PersonalDataExport.CustomerData> file(@PathVariable long id) {
		return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"customer-" + id + ".json\"")
			.body(export.export(id));
	}

	@PostMapping("/customers/{id}/erasure")
	String erase(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes flash) {
		try {
			flash.addFlashAttribute("receipt", erasure.erase(id, reason));
		}
		catch (ExplainedException refused) {
			flash.addFlashAttribute("problem", explanations.of(refused));
		}
		return "redirect:/customers/" + id + "/personal-data";
	}
}
