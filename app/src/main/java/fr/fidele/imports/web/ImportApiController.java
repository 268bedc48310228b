package fr.fidele.imports.web;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import fr.fidele.imports.ImportKind;
import fr.fidele.imports.ImportReport;
import fr.fidele.imports.Imports;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Imports over HTTP: send a file (multipart, or the raw CSV as the body) and get its report. */
@RestController
@RequestMapping("/api/imports")
@Tag(name = "Imports")
class ImportApiController {

	private final Imports imports;

	ImportApiController(Imports imports) {
		this.imports = imports;
	}

	@PostMapping(path = "/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import a file sent as the multipart part 'file'. kind: customers, telco-churn, contacts, bank-callcenter")
	ResponseEntity<ImportReport> upload(@PathVariable String kind, @RequestPart("file") MultipartFile file,
			@RequestParam(required = false) String mapping,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) String zone) throws IOException {
		return run(kind, file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename(), file.getBytes(),
				mapping, asOf, zone);
	}

	@PostMapping(path = "/{kind}", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE, "text/tab-separated-values",
			MediaType.APPLICATION_OCTET_STREAM_VALUE })
	@Operation(summary = "Import the raw file sent as the request body")
	ResponseEntity<ImportReport> raw(@PathVariable String kind, @RequestBody byte[] body,
			@RequestParam(defaultValue = "upload.csv") String fileName, @RequestParam(required = false) String mapping,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) String zone) {
		return run(kind, fileName, body, mapping, asOf, zone);
	}

	@GetMapping
	List<ImportReport> latest() {
		return imports.latest(50);
	}

	@GetMapping("/{id}")
	ImportReport get(@PathVariable long id) {
		return imports.find(id).orElseThrow(() -> new NotFoundException("import", id));
	}

	private ResponseEntity<ImportReport> run(String kind, String fileName, byte[] content, String mapping, LocalDate asOf,
			String zone) {
		ImportReport report = imports.run(ImportKind.fromSlug(kind), fileName, content,
				new Imports.Options(mapping, asOf, zone(zone)));
		return ResponseEntity.created(URI.create("/api/imports/" + report.id())).body(report);
	}

	static ZoneId zone(String zone) {
		if (zone == null || zone.isBlank()) {
			return null;
		}
		try {
			return ZoneId.of(zone);
		}
		catch (java.time.DateTimeException e) {
			throw new InvalidFieldException("zone", "unknownZone", zone);
		}
	}
}
