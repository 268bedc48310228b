package fr.fidele.stats.cli;

import fr.fidele.stats.survival.SurvivalData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads {@code --data}, {@code --time}, {@code --event}, {@code --event-value} and a strata column into survival data. */
record SurvivalInput(Dataset dataset, SurvivalData data) {

    static SurvivalInput read(Arguments args, String strataColumn, String... otherColumns) {
        CsvTable table = CsvTable.read(Path.of(args.required("--data")));
        String time = args.required("--time");
        String event = args.required("--event");
        List<String> used = new ArrayList<>(Arrays.asList(time, event, strataColumn));
        used.addAll(Arrays.asList(otherColumns));
        Dataset dataset = new Dataset(table, used);
        double[] times = dataset.numbers(time);
        boolean[] events = dataset.events(event, args.optional("--event-value", null));
        if (strataColumn == null) {
            return new SurvivalInput(dataset, SurvivalData.unstratified(times, events));
        }
        Dataset.Factor strata = dataset.factor(strataColumn);
        return new SurvivalInput(dataset, new SurvivalData(times, events, strata.codes(), strata.strataLabels()));
    }
}
