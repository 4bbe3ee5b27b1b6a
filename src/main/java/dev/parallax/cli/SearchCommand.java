package dev.parallax.cli;
import picocli.CommandLine.Command;
@Command(name = "search")
final class SearchCommand implements Runnable { public void run() {} }
