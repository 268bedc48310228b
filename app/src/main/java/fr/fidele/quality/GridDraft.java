package fr.fidele.quality;

import java.util.List;

import fr.fidele.casefile.Channel;

/** A grid as a supervisor writes it; saving it under an existing code writes that grid's next version. */
public record GridDraft(String code, String nameFr, String nameEn, Channel channel, String reasonCode, Integer passMark, List<Criterion> criteria) {
}
