package fr.fidele;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Fidèle: a contact center that measures loyalty first. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class FideleApplication {

	public static void main(String[] args) {
		SpringApplication.run(FideleApplication.class, args);
	}
}
