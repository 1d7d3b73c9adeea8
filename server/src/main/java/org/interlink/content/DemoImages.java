package org.interlink.content;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * Made-up photos for demo banks (and tests): random shapes on a gradient, the same picture for the same seed. They
 * have the edges PDQ needs for a quality well above 50.
 */
final class DemoImages {

    private DemoImages() {}

    static BufferedImage photo(long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(
                0, 0, new Color(random.nextInt(0xFFFFFF)), 320, 240, new Color(random.nextInt(0xFFFFFF))));
        g.fillRect(0, 0, 320, 240);
        for (int i = 0; i < 30; i++) {
            g.setColor(new Color(random.nextInt(0xFFFFFF)));
            int x = random.nextInt(300);
            int y = random.nextInt(220);
            int w = 20 + random.nextInt(120);
            int h = 20 + random.nextInt(100);
            switch (random.nextInt(3)) {
                case 0 -> g.fillOval(x, y, w, h);
                case 1 -> g.fillRect(x, y, w, h);
                default -> {
                    g.setStroke(new BasicStroke(2 + random.nextInt(8)));
                    g.drawLine(x, y, random.nextInt(320), random.nextInt(240));
                }
            }
        }
        g.dispose();
        return image;
    }
}
