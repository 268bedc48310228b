package fr.fidele.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import fr.fidele.casefile.CustomerTable;
import fr.fidele.casefile.FollowUp;
import fr.fidele.casefile.JobExchange;
import fr.fidele.casefile.LandmarkRows;
import fr.fidele.stats.exchange.WholeFiles;
import fr.fidele.stats.survival.ConfidenceType;
import fr.fidele.stats.survival.KaplanMeier;
import fr.fidele.stats.survival.SurvivalCurve;
import org.apache.spark.api.java.JavaRDD;

/**
 * The retention report's landmark curves: every range's customers still followed on the landmark day
 * ({@link LandmarkRows}), gathered on the driver in id order — a few bytes a customer — and the Kaplan–Meier curve of
 * each group fitted there by the {@code stats} kernel, as the application fits them. Written in {@value JobExchange#LANDMARK}: for
 * each group a line {@code curve GROUP SUBJECTS EVENTS}, then a line {@code point GROUP TIME SURVIVAL LOWER UPPER} per
 * time, the doubles in hexadecimal (to the bit).
 */
final class LandmarkCurves {

    private static final double LEVEL = 0.95;

    private LandmarkCurves() {
    }

    static void write(Path out, JavaRDD<CustomerTable> tables, int contacted) throws IOException {
        // collected in the ranges' order, not reduced as tasks end: the near-ties of the fit are merged in row order
        LandmarkRows rows = LandmarkRows.concat(tables.map(table -> LandmarkRows.of(table, FollowUp.of(table), contacted)).collect());
        List<SurvivalCurve> curves = KaplanMeier.fit(rows.data(), ConfidenceType.LOG, LEVEL);
        WholeFiles.write(out.resolve(JobExchange.LANDMARK), stream -> {
            Writer file = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            for (SurvivalCurve curve : curves) {
                file.write(String.join("\t", "curve", curve.label(), Integer.toString(curve.subjects()),
                        Integer.toString(curve.events())) + "\n");
                for (int i = 0; i < curve.time().length; i++) {
                    file.write(String.join("\t", "point", curve.label(), Double.toHexString(curve.time()[i]),
                            Double.toHexString(curve.surv()[i]), Double.toHexString(curve.lower()[i]),
                            Double.toHexString(curve.upper()[i])) + "\n");
                }
            }
            file.flush();
        });
    }
}
