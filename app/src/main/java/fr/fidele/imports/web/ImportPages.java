package fr.fidele.imports.web;

import java.io.IOException;
import java.time.LocalDate;

import fr.fidele.imports.ImportKind;
import fr.fidele.imports.ImportReport;
import fr.fidele.imports.Imports;
import fr.fidele.platform.Explanations;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The import page: choose a file and its type, read the report. */
@Controller
class ImportPages {

	private final Imports imports;
	private final Explanations explanations;

	ImportPages(Imports imports, Explanations explanations) {
		this.imports = imports;
		this.explanations = explanations;
	}

	@GetMapping("/imports")
	String form(Model model) {
		model.addAttribute("kinds", ImportKind.values());
		model.addAttribute("runs", imports.latest(20));
		return "imports/form";
	}

	@PostMapping("/imports")
	String upload(@RequestParam("file") MultipartFile file, @RequestParam String kind,
			@RequestParam(required = false) String mapping,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model)
			throws IOException {
		try {
			ImportReport report = imports.run(ImportKind.fromSlug(kind), file.getOriginalFilename(), file.getBytes(),
					new Imports.Options(mapping, asOf, null));
			return "redirect:/imports/" + report.id();
		}
		catch (InvalidFieldException e) {
			model.addAttribute("error", explanations.of(e));
			return form(model);
		}
	}

	@GetMapping("/imports/{id}")
	String report(@PathVariable long id, Model model) {
		model.addAttribute("report", imports.find(id).orElseThrow(() -> new NotFoundException("import", id)));
		return "imports/report";
	}
}
