package signet.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the command line in-process and captures what it prints: the tests' one way to call a command. */
record CliRun(int code, String out, String err) {

    /** {@code signet ARGS...} with the production pipeline. */
    static CliRun run(String... args) {
        return run(new SignetCli(), args);
    }

    static CliRun run(SignetCli cli, String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = SignetCli.commandLine(cli);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
