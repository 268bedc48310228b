/** People who use Fidèle: users, roles, teams, sign-in and personal API tokens. */
package fr.fidele.accounts;
