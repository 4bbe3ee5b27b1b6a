package dev.parallax.cli;
import picocli.CommandLine.Command;
@Command(name = "extract")
final class ExtractCommand implements Runnable { public void run() {} }
