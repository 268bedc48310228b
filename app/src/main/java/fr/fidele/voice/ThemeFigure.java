package fr.fidele.voice;

import fr.fidele.platform.Share;

/**
 * A theme over a period: how many texts spoke of it, and in the period of the same length before (its trend); the
 * share of them that were negative; its texts in each of the last twelve months (the oldest first); and, among the
 * contacts whose customer both wrote and answered a survey about them, the share of unhappy answers (CSAT 1–2, NPS
 * 0–6) where the texts spoke of the theme and where they did not, each with its Wilson interval.
 */
public record ThemeFigure(Topic topic, long texts, long textsBefore, Share negative, long[] monthly, Share unhappyWith,
		Share unhappyWithout) {
}
