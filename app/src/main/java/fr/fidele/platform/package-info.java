/** Technical foundation shared by every module: database start-up, web errors, idempotency, locale. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package fr.fidele.platform;
