package fr.fidele.stories;

/**
 * Why the filter holds a story as a possible disguised advertisement: what the text shows (links, a promotion code,
 * superlatives in series, the brand named over and over) and what the stories around it show (the same author or the
 * same wording for the brand, many stories from one address).
 */
public enum HoldReason {
	LINK, PROMO_CODE, SUPERLATIVES, BRAND_REPEATED, SAME_AUTHOR, SAME_WORDING, SAME_ADDRESS
}
