package signet.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import signet.server.auth.PasswordHash;
import signet.server.auth.UsersFile;

@Command(name = "passwd", mixinStandardHelpOptions = true,
        header = "Add a writer, change a writer's password, or remove one, in a users file for serve --writers.",
        description = {"The password is read from the terminal (asked twice, not shown) or, when the input is not a "
                + "terminal, from the first line of standard input. Only a salted PBKDF2-SHA256 hash is stored; the file "
                + "is written readable by its owner only. Keep it outside the repository."})
final class PasswdCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--users", paramLabel = "FILE", required = true, description = "The users file (created when missing).")
    Path file;

    @Option(names = "--delete", description = "Remove the user instead.")
    boolean delete;

    @Parameters(paramLabel = "NAME", description = "The user name (letters, digits, '.', '-', '_').")
    String user;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        UsersFile users;
        try {
            users = UsersFile.readOrEmpty(file);
        } catch (IllegalArgumentException e) {
            err.println("signet: " + e.getMessage());
            return SignetCli.FAILED;
        }
        if (delete) {
            if (users.hashOf(user).isEmpty()) {
                err.println("signet: " + file + ": no user '" + user + "'");
                return SignetCli.FAILED;
            }
            users.without(user).write();
            out.println("signet: removed " + user + " from " + file);
            return SignetCli.OK;
        }
        char[] password = readPassword(err);
        if (password == null) return SignetCli.FAILED;
        try {
            boolean had = users.hashOf(user).isPresent();
            users.with(user, PasswordHash.hash(password)).write();
            out.println("signet: " + (had ? "changed the password of " : "added ") + user + " in " + file);
            return SignetCli.OK;
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        } finally {
            PasswordHash.clear(password);
        }
    }

    /** The new password, or null (with the reason on stderr) when none was given or the two entries differ. */
    private char[] readPassword(PrintWriter err) {
        Console console = System.console();
        if (isTerminal(console)) {
            char[] first = console.readPassword("Password for %s: ", user);
            char[] second = console.readPassword("Again: ");
            if (first == null || second == null || !Arrays.equals(first, second)) {
                err.println("signet: the two passwords differ; nothing changed");
                return null;
            }
            Arrays.fill(second, '\0');
            return nonEmpty(first, err);
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return nonEmpty(line == null ? new char[0] : line.toCharArray(), err);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the password from standard input", e);
        }
    }

    /**
     * From JDK 22 {@code System.console()} is there even when input is redirected, and
     * {@code Console.isTerminal()} tells; on 21 a console exists only for a terminal.
     */
    private static boolean isTerminal(Console console) {
        if (console == null) return false;
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    private static char[] nonEmpty(char[] password, PrintWriter err) {
        if (password.length >= 8) return password;
        err.println("signet: a writer's password needs at least 8 characters; nothing changed");
        return null;
    }
}
