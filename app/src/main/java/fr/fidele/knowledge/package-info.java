/**
 * The knowledge base: articles in French and English for advisors and, when public, for customers in the help centre;
 * searched with Lucene (accents, elisions, stems and the administrators' synonyms); suggested beside a contact from its
 * reason; and what readers said of each ("was this useful?").
 */
@ApplicationModule(allowedDependencies = { "accounts", "contacts", "customers", "guidance", "platform", "routing", "voice" })
package fr.fidele.knowledge;

import org.springframework.modulith.ApplicationModule;
