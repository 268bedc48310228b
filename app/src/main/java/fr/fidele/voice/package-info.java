/**
 * What customers write: their texts (survey comments, e-mails, chat and form messages, notes) analysed in French and
 * English with maintained libraries (Lucene's analysers for tokens, elision, accents and stems; Tribuo's trained
 * classifiers), measured against simple references on data kept aside.
 */
@ApplicationModule(allowedDependencies = { "feedback", "loyalty", "platform" })
package fr.fidele.voice;

import org.springframework.modulith.ApplicationModule;
