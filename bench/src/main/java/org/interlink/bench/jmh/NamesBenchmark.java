package org.interlink.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.interlink.matching.Names;
import org.interlink.matching.NormalisedName;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Normalising and comparing names in Latin only and in mixed scripts. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class NamesBenchmark {

    @Param({"latin", "mixed"})
    public String script;

    private String name;

    @org.openjdk.jmh.annotations.Setup
    public void pick() {
        name = script.equals("latin") ? "Vladimir Vladimirovich PUTIN" : "Владимир Владимирович Путин";
    }

    @Benchmark
    public NormalisedName normaliseLatin() {
        return Names.normalise(name);
    }

    @Benchmark
    public double similarity() {
        return Names.similarity(name, "PUTIN, Vladimir");
    }

    /** Baseline: lower-casing and splitting, what a naive matcher does. */
    @Benchmark
    public String[] splitBaseline() {
        return name.toLowerCase(java.util.Locale.ROOT).split("[ ,]+");
    }
}
