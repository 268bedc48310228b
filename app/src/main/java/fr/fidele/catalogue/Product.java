package fr.fidele.catalogue;

/** A product or service of the company. */
public record Product(String code, String nameFr, String nameEn, String category, boolean active) {

	public String name(String language) {
		return "en".equals(language) ? nameEn : nameFr;
	}
}
