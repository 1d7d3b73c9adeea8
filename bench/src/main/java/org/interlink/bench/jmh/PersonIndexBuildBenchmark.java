package org.interlink.bench.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.interlink.matching.PersonEntry;
import org.interlink.matching.PersonIndex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Building the person index from scratch, one thread, single shot per iteration. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+UseParallelGC"})
@Warmup(iterations = 1)
@Measurement(iterations = 2)
public class PersonIndexBuildBenchmark {

    @Param({"1000000"})
    public int persons;

    private List<PersonEntry> entries;

    @Setup(Level.Trial)
    public void generate() {
        Random rnd = new Random(42);
        entries = new ArrayList<>(persons);
        for (int i = 0; i < persons; i++) {
            entries.add(SyntheticPersons.person(i, rnd));
        }
    }

    @Benchmark
    public PersonIndex build() {
        PersonIndex index = new PersonIndex();
        for (PersonEntry e : entries) {
            index.put(e);
        }
        return index;
    }
}
