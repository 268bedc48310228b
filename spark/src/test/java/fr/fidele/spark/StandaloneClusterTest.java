package fr.fidele.spark;

import java.nio.file.Path;

import fr.fidele.stats.survival.Ties;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;

/**
 * The fit on a standalone Spark cluster: Spark's {@code local-cluster} mode starts a real master and two workers in
 * this JVM, and each worker launches its executor as a JVM of its own from {@code target/spark-home} (built from the
 * Maven artifacts, as for {@code standalone.sh}); the rows and the sums travel between them over the network. The
 * result is still the in-process one.
 */
class StandaloneClusterTest {

    @Test
    void twoWorkersFitWhatOneProcessFits() {
        SparkConf conf = new SparkConf().setMaster("local-cluster[2,1,1024]").setAppName("fidele-standalone-cox")
            .set("spark.ui.enabled", "false")
            // the executors' JVMs find Spark and the stats module in SPARK_HOME/jars, this module's classes here
            .set("spark.executor.extraClassPath", Path.of("target", "classes").toAbsolutePath().toString());
        try (JavaSparkContext cluster = new JavaSparkContext(conf)) {
            DistributedCoxTest.assertSameFit(cluster, DistributedCoxTest.simulated(20000, 2, true, true),
                    DistributedCoxTest.TERMS, Ties.EFRON);
        }
    }
}
