package org.interlink.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.interlink.matching.Mrz;
import org.interlink.matching.MrzException;
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

/**
 * Parsing a machine-readable zone: a valid TD3 passport, a valid TD1 card, and a TD3 read with OCR confusions, beside
 * the baseline of merely splitting the lines and checking their lengths.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class MrzBenchmark {

    private static final String TD3 =
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10";
    private static final String TD1 =
            "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<";
    private static final String TD3_OCR =
            "P<UTOERIK55ON<<ANNA<MAR1A<<<<<<<<<<<<<<<<<<<\nL898902C36UTO74O8I2ZF12O4IS9ZE184226B<<<<<10";

    @Param({"td3", "td1", "td3-ocr"})
    public String zone;

    private String text;

    @org.openjdk.jmh.annotations.Setup
    public void pick() {
        text = switch (zone) {
            case "td1" -> TD1;
            case "td3-ocr" -> TD3_OCR;
            default -> TD3;
        };
    }

    @Benchmark
    public Mrz parse() throws MrzException {
        return Mrz.read(text);
    }

    /** Baseline: split into lines and check their lengths, no fields. */
    @Benchmark
    public boolean splitBaseline() {
        String[] lines = text.split("\n");
        return lines.length >= 2 && lines[0].length() == lines[1].length();
    }
}
