/** People who use Fidèle: users, roles, teams, sign-in and personal API tokens. */
@ApplicationModule(allowedDependencies = { "history", "platform" })
package fr.fidele.accounts;

import org.springframework.modulith.ApplicationModule;
