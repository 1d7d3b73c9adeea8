package org.interlink.bench.jmh;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.interlink.matching.pdq.PdqHasher;
import org.interlink.matching.pdq.PdqResult;
import org.interlink.matching.pdq.UndecodableImageException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Hashing an uploaded 1-megapixel JPEG (1000 × 1000, quality 0.75 by ImageIO's default, of seeded random shapes over a
 * gradient): decoding alone (the baseline), decoding and hashing (what an upload costs), and decoding with the eight
 * dihedral hashes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class PdqHashBenchmark {

    private byte[] jpeg;

    @Setup(Level.Trial)
    public void draw() throws IOException {
        BufferedImage img = new BufferedImage(1000, 1000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        for (int y = 0; y < 1000; y++) {
            g.setColor(new Color(y / 4, 120, 255 - y / 4));
            g.drawLine(0, y, 999, y);
        }
        SplittableRandom rnd = new SplittableRandom(42);
        for (int i = 0; i < 300; i++) {
            g.setColor(new Color(rnd.nextInt(0x1000000)));
            int x = rnd.nextInt(1000);
            int y = rnd.nextInt(1000);
            if (i % 2 == 0) {
                g.fillRect(x, y, rnd.nextInt(20, 200), rnd.nextInt(20, 200));
            } else {
                g.fillOval(x, y, rnd.nextInt(20, 200), rnd.nextInt(20, 200));
            }
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "jpeg", out);
        jpeg = out.toByteArray();
    }

    /** Baseline: decoding the JPEG. */
    @Benchmark
    public BufferedImage decode() {
        return decoded();
    }

    /** Decoding and hashing. */
    @Benchmark
    public PdqResult hashJpeg() {
        return PdqHasher.hash(decoded());
    }

    /** Decoding and the eight dihedral hashes. */
    @Benchmark
    public List<PdqResult> dihedralJpeg() {
        return PdqHasher.dihedral(decoded());
    }

    private BufferedImage decoded() {
        try {
            return PdqHasher.decode(jpeg);
        } catch (UndecodableImageException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
