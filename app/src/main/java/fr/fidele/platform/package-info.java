/**
 * Technical foundation shared by every module: the embedded database (durable, supervised, backed up), web errors and
 * outages, idempotency, locale, the event registry's cleanup.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package fr.fidele.platform;
