package fr.fidele.guidance;

import fr.fidele.casefile.Channel;
import fr.fidele.casefile.Segment;

/** A guide as a supervisor describes it: its stable code, titles, and the situation it answers (nulls: any). */
public record NewGuide(String code, String titleFr, String titleEn, String reasonCode, Channel channel, Segment segment, Situation situation) {
}
