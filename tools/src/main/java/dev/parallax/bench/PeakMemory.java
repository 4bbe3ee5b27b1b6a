package dev.parallax.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The memory figures every benchmark ends with: peak Java heap, and the process's peak resident memory. */
final class PeakMemory {
    private PeakMemory() {
    }

    static void print() throws IOException {
        long heapPeak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPeak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "%-58s %10.0f MB%n", "peak Java heap (sum of pool peaks)", heapPeak / 1048576.0);
        Path status = Path.of("/proc/self/status");
        if (Files.exists(status)) {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    System.out.printf(Locale.ROOT, "%-58s %10.0f MB%n", "peak resident memory of the process (VmHWM)", kb / 1024.0);
                }
            }
        }
    }
}
