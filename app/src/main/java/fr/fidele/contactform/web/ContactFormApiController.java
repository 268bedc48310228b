package fr.fidele.contactform.web;

import java.util.List;

import fr.fidele.contactform.ContactForm;
import fr.fidele.contactform.ContactForms;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/contact-forms")
@Tag(name = "Contact forms", description = "The public contact forms whose messages are answered by e-mail")
class ContactFormApiController {

	private final ContactForms forms;

	ContactFormApiController(ContactForms forms) {
		this.forms = forms;
	}

	/** A new form: its name (shown to visitors, and the subject of a message without one) and the mailbox that answers. */
	record NewContactForm(String name, Long mailboxId) {
	}

	@GetMapping
	@Operation(summary = "Every contact form, withdrawn ones included")
	List<ContactForm> all() {
		return forms.all();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a contact form; its public page is /contact/{key}, to embed with ?embed=true")
	ContactForm add(@RequestBody NewContactForm form) {
		return forms.add(form.name(), form.mailboxId());
	}

	@PostMapping("/{id}/withdraw")
	@Operation(summary = "Withdraw a form: its page answers 404 from now on")
	ContactForm withdraw(@PathVariable long id) {
		return forms.withdraw(id);
	}
}
