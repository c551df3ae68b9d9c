package signet.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code signet ARGS} as a process of its own: for what one JVM cannot show, such as a kill in
 * the middle of a write or TDB2's lock, which is per process (re-entrant within one JVM).
 */
final class SignetProcess {
    private SignetProcess() { }

    /** {@code java -cp (this test's class path) signet.cli.SignetCli ARGS}, with this JVM's java. */
    static List<String> command(String... args) {
        List<String> cmd = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx512m",
                "-Dsignet.home=" + Path.of("").toAbsolutePath(),
                "-cp", System.getProperty("java.class.path"),
                SignetCli.class.getName()));
        cmd.addAll(List.of(args));
        return cmd;
    }
}
