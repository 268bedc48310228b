package fr.fidele.platform.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document: every operation takes a personal API token, which Swagger UI's Authorize button accepts. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Fidèle API", version = "1",
		description = "Customers, contacts, cases and imports. Errors are RFC 9457 problem details naming the field; "
				+ "every POST honours Idempotency-Key; X-Change-Reason says why a change is made."),
		security = @SecurityRequirement(name = OpenApiConfiguration.TOKEN))
@SecurityScheme(name = OpenApiConfiguration.TOKEN, type = SecuritySchemeType.HTTP, scheme = "bearer",
		description = "A personal API token (fid_...) created on the API tokens page")
class OpenApiConfiguration {

	static final String TOKEN = "apiToken";
}
