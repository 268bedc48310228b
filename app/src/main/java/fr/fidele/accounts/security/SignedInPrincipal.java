package fr.fidele.accounts.security;

import fr.fidele.accounts.SignedInUser;

/** A page sign-in's principal, by password or by single sign-on: who the person is for the pages. */
interface SignedInPrincipal {

	SignedInUser signedIn();
}
