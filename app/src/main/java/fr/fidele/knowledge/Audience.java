package fr.fidele.knowledge;

/** Who reads an article: advisors only, or customers too in the public help centre. */
public enum Audience {
	INTERNAL, PUBLIC
}
