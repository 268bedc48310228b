package fr.fidele.quality;

import java.util.List;

/** A calibration session to open: at least two evaluators and one contact. */
public record NewCalibration(String name, Long gridId, List<Long> contactIds, List<Long> evaluatorIds) {
}
