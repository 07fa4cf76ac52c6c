package th.phakee.access;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code phakee hash-key SECRET}: the SHA-256 to configure for an API key, so the secret is never stored. */
@Command(name = "hash-key", mixinStandardHelpOptions = true,
        description = "Print the SHA-256 hash of an API key, for phakee.access.keys[n].sha256.")
public class HashKeyCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SECRET", description = "The API key callers will send")
    String secret;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().println(ApiKeys.hash(secret));
        return 0;
    }
}
